using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Web.Features.Cmdb.Sheets;

/// <summary>Configuration items: name, type, service (by name), owning group (by name), its own service manager (by email), retired.</summary>
public sealed class ItemSheet : CmdbSheet
{
    public const string Name = "Name";
    public const string Type = "Type";
    public const string ServiceColumn = "Service";
    public const string Owner = "Owning group";
    public const string Manager = "Service manager";
    public const string Retired = "Retired";

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["name"] = Name, ["type"] = Type, ["service"] = ServiceColumn, ["owningGroup"] = Owner, ["serviceManager"] = Manager,
    };

    public override CmdbKind Kind => CmdbKind.ConfigurationItems;

    public override IReadOnlyList<string> Columns { get; } = [Name, Type, ServiceColumn, Owner, Manager, Retired];

    public override IReadOnlyList<SheetRow> Rows(CmdbWorkspace workspace) =>
        [.. workspace.Items.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(c => new SheetRow(c.Id, Row(c), c.IsRetired))];

    private static string[] Row(ConfigurationItem c) =>
        [c.Name, c.Type, c.Service?.Name ?? string.Empty, c.OwningGroup?.Name ?? string.Empty, c.ServiceManager?.Email ?? string.Empty, YesNo(c.IsRetired)];

    protected override SheetChange ApplyRow(CmdbWorkspace workspace, RowTarget target, IReadOnlyList<string> v)
    {
        var existing = target.Id switch
        {
            null => workspace.Items.FirstOrDefault(c => string.Equals(c.Name, v[0], StringComparison.OrdinalIgnoreCase)),
            0 => null,
            var id => workspace.Items.FirstOrDefault(c => c.Id == id),
        };
        if (target.Id > 0 && existing is null) return Missing(Kind, target.Id.Value);
        var service = v[2].Length == 0 ? null : workspace.ServiceByName(v[2]);
        if (v[2].Length > 0 && service is null) return SheetChange.Refuse(ServiceColumn, $"There is no service called \"{v[2]}\"; add it under Services first, or correct the name.");
        var group = v[3].Length == 0 ? null : workspace.GroupByName(v[3]);
        if (v[3].Length > 0 && group is null) return SheetChange.Refuse(Owner, $"There is no support group called \"{v[3]}\"; add it under Support groups first, or correct the name.");
        var manager = v[4].Length == 0 ? null : workspace.PersonByEmail(v[4]);
        if (v[4].Length > 0 && manager is null) return SheetChange.Refuse(Manager, $"No person has the email {v[4]}; add them under People first, or leave it empty to use the service's manager.");
        if (ParseYesNo(v[5]) is not { } retired) return NotYesNo(Retired, v[5]);
        var before = existing is null ? null : Row(existing);
        var taken = workspace.Items.Where(c => !ReferenceEquals(c, existing)).Select(c => c.Name);
        ConfigurationItem item;
        if (existing is null)
        {
            var created = ConfigurationItem.Create(v[0], v[1], service, group, manager, taken);
            if (!created.Succeeded) return Refused(created.Outcome, ColumnOf);
            item = created.Item;
            workspace.Items.Add(item);
            workspace.Db.ConfigurationItems.Add(item);
        }
        else
        {
            var revised = existing.Revise(v[0], v[1], service, group, manager, taken);
            if (!revised.Succeeded) return Refused(revised, ColumnOf);
            item = existing;
        }
        if (retired) item.Retire();
        else item.Restore();
        return Record(workspace, $"Configuration item \"{item.Name}\"", before, Row(item));
    }
}

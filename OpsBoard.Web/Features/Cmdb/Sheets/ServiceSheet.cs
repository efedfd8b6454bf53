using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Web.Features.Cmdb.Sheets;

/// <summary>Services: name, description, service manager (by email), 2nd line group (by name), retired.</summary>
public sealed class ServiceSheet : CmdbSheet
{
    public const string Name = "Name";
    public const string Description = "Description";
    public const string Manager = "Service manager";
    public const string SecondLine = "2nd line group";
    public const string Retired = "Retired";

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["name"] = Name, ["description"] = Description, ["serviceManager"] = Manager, ["secondLineGroup"] = SecondLine,
    };

    public override CmdbKind Kind => CmdbKind.Services;

    public override IReadOnlyList<string> Columns { get; } = [Name, Description, Manager, SecondLine, Retired];

    public override IReadOnlyList<SheetRow> Rows(CmdbWorkspace workspace) =>
        [.. workspace.Services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(s => new SheetRow(s.Id, Row(s), s.IsRetired))];

    private static string[] Row(Service s) =>
        [s.Name, s.Description ?? string.Empty, s.ServiceManager?.Email ?? string.Empty, s.SecondLineGroup?.Name ?? string.Empty, YesNo(s.IsRetired)];

    protected override SheetChange ApplyRow(CmdbWorkspace workspace, RowTarget target, IReadOnlyList<string> v)
    {
        var existing = target.Id switch
        {
            null => workspace.ServiceByName(v[0]),
            0 => null,
            var id => workspace.Services.FirstOrDefault(s => s.Id == id),
        };
        if (target.Id > 0 && existing is null) return Missing(Kind, target.Id.Value);
        var manager = v[2].Length == 0 ? null : workspace.PersonByEmail(v[2]);
        if (v[2].Length > 0 && manager is null) return SheetChange.Refuse(Manager, $"No person has the email {v[2]}; add them under People first, or correct the email.");
        var group = v[3].Length == 0 ? null : workspace.GroupByName(v[3]);
        if (v[3].Length > 0 && group is null) return SheetChange.Refuse(SecondLine, $"There is no support group called \"{v[3]}\"; add it under Support groups first, or correct the name.");
        if (ParseYesNo(v[4]) is not { } retired) return NotYesNo(Retired, v[4]);
        var before = existing is null ? null : Row(existing);
        var taken = workspace.Services.Where(s => !ReferenceEquals(s, existing)).Select(s => s.Name);
        Service service;
        if (existing is null)
        {
            var created = Service.Create(v[0], v[1], manager, group, taken);
            if (!created.Succeeded) return Refused(created.Outcome, ColumnOf);
            service = created.Item;
            workspace.Services.Add(service);
            workspace.Db.Services.Add(service);
        }
        else
        {
            var revised = existing.Revise(v[0], v[1], manager, group, taken);
            if (!revised.Succeeded) return Refused(revised, ColumnOf);
            service = existing;
        }
        if (retired) service.Retire();
        else service.Restore();
        return Record(workspace, $"Service \"{service.Name}\"", before, Row(service));
    }
}

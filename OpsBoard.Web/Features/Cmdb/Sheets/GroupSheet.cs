using System.Globalization;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Web.Features.Cmdb.Sheets;

/// <summary>
/// Support groups: name, line, email, whether it is the security group, its members (emails separated by semicolons), retired.
/// Marking a group as the security group unmarks the one that was, since security incidents go to one group.
/// </summary>
public sealed class GroupSheet : CmdbSheet
{
    public const string Name = "Name";
    public const string Line = "Line";
    public const string Email = "Email";
    public const string Security = "Security group";
    public const string Members = "Members";
    public const string Retired = "Retired";

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["name"] = Name, ["line"] = Line, ["email"] = Email, ["isSecurityGroup"] = Security, ["member"] = Members, ["retired"] = Retired,
    };

    public override CmdbKind Kind => CmdbKind.SupportGroups;

    public override IReadOnlyList<string> Columns { get; } = [Name, Line, Email, Security, Members, Retired];

    public override IReadOnlyList<SheetRow> Rows(CmdbWorkspace workspace) =>
        [.. workspace.Groups.OrderBy(g => g.Line).ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase).Select(g => new SheetRow(g.Id, Row(g), g.IsRetired))];

    private static string[] Row(SupportGroup g) =>
    [
        g.Name, g.Line.ToString(CultureInfo.InvariantCulture), g.Email ?? string.Empty, YesNo(g.IsSecurityGroup),
        MemberList(g.Members.Select(p => p.Email)), YesNo(g.IsRetired),
    ];

    /// <summary>Emails in a stable order, so an export read back in changes nothing.</summary>
    public static string MemberList(IEnumerable<string> emails) => string.Join("; ", emails.Order(StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<string> ParseMembers(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    protected override SheetChange ApplyRow(CmdbWorkspace workspace, RowTarget target, IReadOnlyList<string> v)
    {
        var existing = target.Id switch
        {
            null => workspace.GroupByName(v[0]),
            0 => null,
            var id => workspace.Groups.FirstOrDefault(g => g.Id == id),
        };
        if (target.Id > 0 && existing is null) return Missing(Kind, target.Id.Value);
        if (!int.TryParse(v[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line))
            return SheetChange.Refuse(Line, $"\"{v[1]}\" is not a line; write 1 for the Service Operations Centre, 2 or 3 for resolver groups.");
        if (ParseYesNo(v[3]) is not { } security) return NotYesNo(Security, v[3]);
        if (ParseYesNo(v[5]) is not { } retired) return NotYesNo(Retired, v[5]);
        var emails = ParseMembers(v[4]);
        var unknown = emails.Where(e => workspace.PersonByEmail(e) is null).ToList();
        if (unknown.Count > 0)
            return SheetChange.Refuse(Members, $"No person has the email {string.Join(", ", unknown)}; add them under People first, or remove them from the list.");
        var before = existing is null ? null : Row(existing);
        var taken = workspace.Groups.Where(g => !ReferenceEquals(g, existing)).Select(g => g.Name);
        SupportGroup group;
        if (existing is null)
        {
            var created = SupportGroup.Create(v[0], line, v[2], taken);
            if (!created.Succeeded) return Refused(created.Outcome, ColumnOf);
            group = created.Item;
        }
        else
        {
            var revised = existing.Revise(v[0], line, v[2], taken);
            if (!revised.Succeeded) return Refused(revised, ColumnOf);
            group = existing;
        }
        var members = SetMembers(group, [.. emails.Select(e => workspace.PersonByEmail(e)!)]);
        if (members is not null) return members;
        var marked = Mark(workspace, group, security);
        if (marked is not null) return marked;
        if (retired)
        {
            var retiring = group.Retire();
            if (!retiring.Succeeded) return Refused(retiring, ColumnOf);
        }
        else group.Restore();
        if (existing is null)
        {
            workspace.Groups.Add(group);
            workspace.Db.SupportGroups.Add(group);
        }
        return Record(workspace, $"Support group \"{group.Name}\"", before, Row(group));
    }

    private SheetChange? SetMembers(SupportGroup group, IReadOnlyList<Person> wanted)
    {
        foreach (var leaving in group.Members.Where(m => !wanted.Contains(m)).ToList())
        {
            var removed = group.RemoveMember(leaving);
            if (!removed.Succeeded) return Refused(removed, ColumnOf);
        }
        foreach (var joining in wanted.Where(p => !group.Members.Contains(p)))
        {
            var added = group.AddMember(joining);
            if (!added.Succeeded) return Refused(added, ColumnOf);
        }
        return null;
    }

    private SheetChange? Mark(CmdbWorkspace workspace, SupportGroup group, bool security)
    {
        if (!security)
        {
            group.UnmarkAsSecurityGroup();
            return null;
        }
        if (group.IsSecurityGroup) return null;
        var marked = group.MarkAsSecurityGroup();
        if (!marked.Succeeded) return Refused(marked, ColumnOf);
        foreach (var previous in workspace.Groups.Where(g => g.IsSecurityGroup && !ReferenceEquals(g, group)))
        {
            previous.UnmarkAsSecurityGroup();
            workspace.Changes.Add(($"Support group \"{previous.Name}\"", new AuditChange().Add(Security, Yes, No).Note($"{group.Name} is the security group now").ToString()));
        }
        return null;
    }
}

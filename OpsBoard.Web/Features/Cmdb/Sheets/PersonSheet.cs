using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Web.Features.Cmdb.Sheets;

/// <summary>People: name, email (the key: an email names one person), job title, retired.</summary>
public sealed class PersonSheet : CmdbSheet
{
    public const string Name = "Name";
    public const string Email = "Email";
    public const string JobTitle = "Job title";
    public const string Retired = "Retired";

    private static readonly Dictionary<string, string> ColumnOf = new() { ["name"] = Name, ["email"] = Email, ["jobTitle"] = JobTitle };

    public override CmdbKind Kind => CmdbKind.People;

    public override IReadOnlyList<string> Columns { get; } = [Name, Email, JobTitle, Retired];

    public override IReadOnlyList<SheetRow> Rows(CmdbWorkspace workspace) =>
        [.. workspace.People.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Email, StringComparer.OrdinalIgnoreCase)
            .Select(p => new SheetRow(p.Id, Row(p), p.IsRetired))];

    private static string[] Row(Person p) => [p.Name, p.Email, p.JobTitle ?? string.Empty, YesNo(p.IsRetired)];

    protected override SheetChange ApplyRow(CmdbWorkspace workspace, RowTarget target, IReadOnlyList<string> v)
    {
        var existing = target.Id switch
        {
            null => v[1].Length == 0 ? null : workspace.PersonByEmail(v[1]),
            0 => null,
            var id => workspace.People.FirstOrDefault(p => p.Id == id),
        };
        if (target.Id > 0 && existing is null) return Missing(Kind, target.Id.Value);
        if (ParseYesNo(v[3]) is not { } retired) return NotYesNo(Retired, v[3]);
        var before = existing is null ? null : Row(existing);
        var taken = workspace.People.Where(p => !ReferenceEquals(p, existing)).Select(p => p.Email);
        Person person;
        if (existing is null)
        {
            var created = Person.Create(v[0], v[1], v[2], taken);
            if (!created.Succeeded) return Refused(created.Outcome, ColumnOf);
            person = created.Item;
            workspace.People.Add(person);
            workspace.Db.People.Add(person);
        }
        else
        {
            var revised = existing.Revise(v[0], v[1], v[2], taken);
            if (!revised.Succeeded) return Refused(revised, ColumnOf);
            person = existing;
        }
        if (retired) person.Retire();
        else person.Restore();
        return Record(workspace, $"Person \"{person.Name}\" ({person.Email})", before, Row(person));
    }
}

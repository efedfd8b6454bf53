using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Web.Features.Cmdb.Sheets;

/// <summary>
/// One CMDB list as a sheet: its columns (the CSV header), each item as a row of text, and how a row of text is applied
/// through the domain's edit methods. The admin screens and the CSV import both apply rows here, so they check the same.
/// </summary>
public abstract class CmdbSheet
{
    public const string Yes = "yes";
    public const string No = "no";

    public abstract CmdbKind Kind { get; }

    /// <summary>The columns, in order; the first is the key an import finds an item by.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    public abstract IReadOnlyList<SheetRow> Rows(CmdbWorkspace workspace);

    /// <summary>Applies one row to the workspace (in memory); the caller saves only if no row was refused.</summary>
    public SheetChange Apply(CmdbWorkspace workspace, RowTarget target, IReadOnlyList<string> values)
    {
        if (values.Count != Columns.Count)
        {
            return SheetChange.Refuse(Columns[Math.Min(values.Count, Columns.Count - 1)],
                $"The row has {values.Count} fields but the sheet has {Columns.Count} columns ({string.Join(", ", Columns)}); put commas inside quotes and fill every column, empty where unknown.");
        }
        var cleaned = values.Select(v => v.Trim()).ToList();
        return ApplyRow(workspace, target, cleaned);
    }

    protected abstract SheetChange ApplyRow(CmdbWorkspace workspace, RowTarget target, IReadOnlyList<string> values);

    public static CmdbSheet For(CmdbKind kind) => kind switch
    {
        CmdbKind.Services => new ServiceSheet(),
        CmdbKind.ConfigurationItems => new ItemSheet(),
        CmdbKind.SupportGroups => new GroupSheet(),
        CmdbKind.People => new PersonSheet(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    protected static string YesNo(bool value) => value ? Yes : No;

    /// <summary>yes, no or empty (no); anything else is a problem to report on <paramref name="column"/>.</summary>
    protected static bool? ParseYesNo(string text) => text.ToLowerInvariant() switch
    {
        "" or "no" or "n" or "false" => false,
        "yes" or "y" or "true" => true,
        _ => null,
    };

    protected static SheetChange NotYesNo(string column, string text) => SheetChange.Refuse(column, $"\"{text}\" is not yes or no; write yes or no (empty means no).");

    protected static SheetChange Missing(CmdbKind kind, int id) =>
        SheetChange.Refuse("Name", $"There is no {kind.Title().ToLowerInvariant()} item {id}; it may have been changed by someone else. Reload the page.");

    /// <summary>A domain refusal, reported on the column its field stands for.</summary>
    protected SheetChange Refused(Outcome outcome, IReadOnlyDictionary<string, string> columnOf) =>
        SheetChange.Refuse(outcome.Field is { } field && columnOf.TryGetValue(field, out var column) ? column : Columns[0], outcome.Reason!);

    /// <summary>Records the row's effect: added, changed (audited column by column) or unchanged.</summary>
    protected SheetChange Record(CmdbWorkspace workspace, string subject, IReadOnlyList<string>? before, IReadOnlyList<string> after)
    {
        if (before is null)
        {
            var added = "Added: " + string.Join("; ", Columns.Select((c, i) => (c, v: after[i])).Where(p => p.v.Length > 0).Select(p => $"{p.c}: {p.v}"));
            workspace.Changes.Add((subject, added));
            return new SheetChange(RowEffect.Added, subject, added);
        }
        var change = new AuditChange();
        for (var i = 0; i < Columns.Count; i++) change.Add(Columns[i], Shown(before[i]), Shown(after[i]));
        if (change.IsEmpty) return new SheetChange(RowEffect.Unchanged, subject, null);
        workspace.Changes.Add((subject, change.ToString()));
        return new SheetChange(RowEffect.Changed, subject, change.ToString());
    }

    private static string Shown(string value) => value.Length == 0 ? "(none)" : value;
}

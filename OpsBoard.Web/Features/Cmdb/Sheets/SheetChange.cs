namespace OpsBoard.Web.Features.Cmdb.Sheets;

/// <summary>What applying one row did, or would do: add an item, change it, leave it as it is, or nothing because of a problem.</summary>
public enum RowEffect
{
    Added = 1,
    Changed = 2,
    Unchanged = 3,
    Refused = 4,
}

/// <summary>
/// The result of one row: the item in words, what changed ("Type: Application -> Database"), or the column at fault and a
/// sentence that says what to do.
/// </summary>
public sealed record SheetChange(RowEffect Effect, string? Subject, string? Change, string? Column = null, string? Problem = null)
{
    public bool Refused => Effect == RowEffect.Refused;

    public static SheetChange Refuse(string column, string problem) => new(RowEffect.Refused, null, null, column, problem);
}

/// <summary>A row as listed: the item's id, its values in the sheet's columns, and whether it is retired.</summary>
public sealed record SheetRow(int Id, IReadOnlyList<string> Values, bool Retired);

/// <summary>Where a row goes: a new item, an existing one by id (the admin screens), or the item its key column names (an import).</summary>
public readonly record struct RowTarget(int? Id)
{
    public static RowTarget New => new(0);

    public static RowTarget ByKey => new(null);

    public static RowTarget Existing(int id) => new(id);
}

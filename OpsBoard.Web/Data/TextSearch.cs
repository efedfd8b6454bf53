namespace OpsBoard.Web.Data;

/// <summary>
/// "Contains, whatever the case" as a query condition that means the same on SQLite and PostgreSQL:
/// <c>EF.Functions.Like(column.ToLower(), TextSearch.Pattern(text), TextSearch.Escape)</c>. Contains would be instr() on
/// SQLite and LIKE on PostgreSQL is case-sensitive; people type "spine" for "Spine". What they type is matched as typed:
/// % and _ are escaped.
/// </summary>
public static class TextSearch
{
    public const string Escape = "\\";

    public static string Pattern(string text) =>
        "%" + text.Trim().ToLowerInvariant().Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%";
}

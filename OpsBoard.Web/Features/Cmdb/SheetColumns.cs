using OpsBoard.Web.Features.Cmdb.Sheets;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>How the edit form offers a column: free text, a pick from the CMDB, a line, yes/no, or a group's members.</summary>
public enum ColumnInput
{
    Text = 1,
    Person = 2,
    Group = 3,
    Service = 4,
    Line = 5,
    YesNo = 6,
    Members = 7,
}

public static class SheetColumns
{
    public static ColumnInput InputOf(CmdbKind kind, string column) => (kind, column) switch
    {
        (_, "Retired") or (CmdbKind.SupportGroups, GroupSheet.Security) => ColumnInput.YesNo,
        (_, "Service manager") => ColumnInput.Person,
        (CmdbKind.Services, ServiceSheet.SecondLine) or (CmdbKind.ConfigurationItems, ItemSheet.Owner) => ColumnInput.Group,
        (CmdbKind.ConfigurationItems, ItemSheet.ServiceColumn) => ColumnInput.Service,
        (CmdbKind.SupportGroups, GroupSheet.Line) => ColumnInput.Line,
        (CmdbKind.SupportGroups, GroupSheet.Members) => ColumnInput.Members,
        _ => ColumnInput.Text,
    };

    /// <summary>The singular, for buttons and headings: "Add service", "Edit configuration item".</summary>
    public static string Singular(this CmdbKind kind) => kind switch
    {
        CmdbKind.Services => "service",
        CmdbKind.ConfigurationItems => "configuration item",
        CmdbKind.SupportGroups => "support group",
        _ => "person",
    };

    /// <summary>What a new row starts as: empty text, "no" for yes/no columns, line 2 for a group.</summary>
    public static string[] Blank(CmdbKind kind, IReadOnlyList<string> columns) =>
        [.. columns.Select(c => InputOf(kind, c) switch { ColumnInput.YesNo => CmdbSheet.No, ColumnInput.Line => "2", _ => string.Empty })];
}

namespace OpsBoard.Web.Features.Cmdb.Csv;

/// <summary>One record of a CSV file: its fields, and the line of the file it starts on (a quoted field may span lines).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

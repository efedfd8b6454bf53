namespace OpsBoard.Web.Features.Cmdb.Csv;

/// <summary>Why a file is not CSV, and the line where that shows.</summary>
public sealed record CsvProblem(int Line, string Message);

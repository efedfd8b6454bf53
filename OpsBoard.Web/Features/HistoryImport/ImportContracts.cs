namespace OpsBoard.Web.Features.HistoryImport;

/// <summary>
/// How to read a log: the name the source's service desk group goes by (its rows are the SOC's; none by default) and the
/// time zone its times are written in.
/// </summary>
public sealed record ImportOptions(string? SocGroup = null, string TimeZone = "Europe/London");

/// <summary>A row the import left out, or a problem with the whole file (line 1 is the header).</summary>
public sealed record ImportProblem(int Line, string? Number, string Reason);

/// <summary>Where an import is: reading rows, building records, saving them.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total)
{
    public double Percent => Total == 0 ? 100 : Math.Round(100.0 * Done / Total, 1);
}

/// <summary>
/// What an import did. <see cref="FileProblem"/> is set when the file as a whole could not be read (nothing was imported);
/// otherwise every row is either in an imported or already imported incident, or in <see cref="Problems"/>.
/// </summary>
public sealed record ImportSummary(
    int RowsRead,
    int Incidents,
    int Imported,
    int AlreadyImported,
    int GroupsAdded,
    int ServicesAdded,
    IReadOnlyList<ImportProblem> Problems,
    TimeSpan Took,
    string? FileProblem = null)
{
    public static ImportSummary Refused(string problem) => new(0, 0, 0, 0, 0, 0, [new ImportProblem(1, null, problem)], TimeSpan.Zero, problem);

    public bool Succeeded => FileProblem is null;

    /// <summary>One line for a person: "4,977 incidents imported from 28,513 rows; 5 rows refused."</summary>
    public string Describe() => FileProblem is not null
        ? $"Nothing was imported: {FileProblem}"
        : $"{Imported:N0} incidents imported from {RowsRead:N0} rows" +
          (AlreadyImported > 0 ? $"; {AlreadyImported:N0} already imported, left as they were" : string.Empty) +
          (Problems.Count switch { 0 => "; no row refused", 1 => "; 1 row refused (listed with its line)", var n => $"; {n:N0} rows refused (listed with their lines)" }) +
          (GroupsAdded + ServicesAdded > 0 ? $"; added {GroupsAdded:N0} support groups and {ServicesAdded:N0} services" : string.Empty) +
          $"; took {Took.TotalSeconds:N1} s.";
}

namespace OpsBoard.Tests.Support;

/// <summary>The real public data in <c>../shared/data/</c> beside the repository (a clean clone has it there in CI).</summary>
public static class SharedData
{
    public const string IncidentLogFolder = "servicenow_incident_log_sample";

    public const string IncidentLogFile = "incident_event_log_sample.csv";

    /// <summary>The ServiceNow incident event log sample: 28,513 rows of 4,977 incidents.</summary>
    public static string IncidentLog => File(IncidentLogFolder, IncidentLogFile);

    public static string File(string folder, string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!System.IO.File.Exists(Path.Combine(dir.FullName, "OpsBoard.sln"))) continue;
            var path = Path.Combine(dir.FullName, "..", "shared", "data", folder, name);
            return System.IO.File.Exists(path)
                ? Path.GetFullPath(path)
                : throw new FileNotFoundException($"The shared data file {Path.GetFullPath(path)} is missing: clone the repository beside the 'shared' folder (../shared/data/{folder}/{name}).", path);
        }
        throw new InvalidOperationException("Run the tests from inside the repository (no OpsBoard.sln above the test binaries).");
    }
}

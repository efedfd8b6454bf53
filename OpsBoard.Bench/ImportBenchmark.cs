using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.HistoryImport;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Bench;

/// <summary>
/// The history import of the ServiceNow sample (28,513 rows, 4,977 incidents) into a fresh database with the demo CMDB:
/// the time of each stage and the whole, then a second import of the same file (which must change nothing).
/// </summary>
public static class ImportBenchmark
{
    public static async Task RunAsync(string? file)
    {
        file ??= Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "shared", "data", "servicenow_incident_log_sample", "incident_event_log_sample.csv");
        if (!File.Exists(file)) throw new FileNotFoundException($"No log at {Path.GetFullPath(file)}; pass its path: dotnet run -c Release --project OpsBoard.Bench -- import FILE.csv");
        await using var database = await BenchDatabase.CreateAsync();
        var importer = new HistoryImporter(database.Factory, new OlaPolicyStore(database.Factory), new WriteGate(), new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System);
        foreach (var run in new[] { "first import", "same file again" })
        {
            var stages = new StageTimes();
            await using var stream = File.OpenRead(file);
            var summary = await importer.ImportAsync(stream, new ImportOptions(SocGroup: "Group 70"), "Benchmark", stages);
            stages.Finish();
            Console.WriteLine($"{run}: {summary.Describe()}");
            Console.WriteLine($"  {stages}");
        }
        await using var db = await database.Factory.CreateDbContextAsync();
        Console.WriteLine($"  stored: {await db.Records.CountAsync():N0} records, {await db.History.CountAsync():N0} history entries, {await db.OlaTargets.CountAsync():N0} clocks");
    }

    private sealed class StageTimes : IProgress<ImportProgress>
    {
        private readonly Stopwatch watch = Stopwatch.StartNew();
        private readonly List<(string Stage, TimeSpan At)> seen = [];

        public void Report(ImportProgress value)
        {
            if (seen.Count == 0 || seen[^1].Stage != value.Stage) seen.Add((value.Stage, watch.Elapsed));
        }

        public void Finish() => seen.Add(("end", watch.Elapsed));

        public override string ToString() => string.Join(", ", seen.Zip(seen.Skip(1), (a, b) => $"{a.Stage} until {b.At.TotalSeconds:N1} s"));
    }
}

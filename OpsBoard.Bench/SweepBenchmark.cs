using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Bench;

/// <summary>
/// The OLA sweep on SQLite with many open records of which a given number have a clock due: milliseconds per run.
/// The due clocks are P1 responses opened 8 minutes ago (Watch at 7.5); between runs they are set back to due.
/// </summary>
public static class SweepBenchmark
{
    private const int Runs = 15;

    public static async Task RunAsync(int open, int due)
    {
        await using var database = await BenchDatabase.CreateAsync();
        var now = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        await AddOpenRecordsAsync(database, open, due, now);
        Console.WriteLine($"Sweep: {open:N0} open records ({open * 3:N0} clocks), {due:N0} with a clock due; made in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        var sweep = new OlaSweepJob(database.Factory, new OlaPolicyStore(database.Factory), new ChangeFeed(NullLogger<ChangeFeed>.Instance), new FixedClock(now), NullLogger<OlaSweepJob>.Instance);
        var withDue = new Timings();
        var noneDue = new Timings();
        SweepResult last = default;
        for (var i = 0; i < Runs + 2; i++)
        {
            await ResetDueAsync(database, due);
            var result = await withDue.TimeAsync(async () => last = await sweep.RunAsync());
            await noneDue.TimeAsync(async () => await sweep.RunAsync());
            if (i < 2) { withDue = new Timings(); noneDue = new Timings(); } // warm-up runs
        }
        Console.WriteLine($"  {due:N0} due: median {withDue.Median:F1} ms, p95 {withDue.P95:F1} ms per run ({last.Records:N0} records, {last.Changes:N0} state changes)");
        Console.WriteLine($"  0 due:    median {noneDue.Median:F2} ms, p95 {noneDue.P95:F2} ms per run");
    }

    private static async Task AddOpenRecordsAsync(BenchDatabase database, int open, int due, DateTimeOffset now)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var matrix = await db.LoadPriorityMatrixAsync();
        var book = await db.LoadPolicyBookAsync();
        var soc = await db.SupportGroups.SingleAsync(g => g.Line == 1);
        var services = await db.Services.Include(s => s.ConfigurationItems).Include(s => s.SecondLineGroup).ToListAsync();
        var random = new Random(11);
        var records = new List<Record>(open);
        for (var i = 0; i < open; i++)
        {
            var service = services[i % services.Count];
            var isDue = i < due;
            var opened = isDue ? now.AddMinutes(-8) : now.AddMinutes(-random.Next(0, 40));
            var (impact, urgency) = isDue ? (Impact.High, Urgency.High) : (Impact.Low, Urgency.Medium);
            var details = new RecordDetails(RecordKind.Incident, $"Bench incident {i}", null, "Bench caller", Channel.Phone, service,
                service.ConfigurationItems[0], Categories.Incident[0], impact, urgency);
            var holder = i % 2 == 0 ? soc : service.SecondLineGroup!;
            var record = Record.Open(details, RecordNumber.Format(RecordKind.Incident, i + 1), matrix, holder, "Bench", opened);
            RecordClocks.Reconcile(record, book, "Bench", opened);
            records.Add(record);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await PreparedInsert.InsertAsync(db, records);
        // Records were the table's first rows, so SQLite numbered them 1..n in order.
        var recordId = typeof(OlaTarget).GetProperty(nameof(OlaTarget.RecordId))!;
        var clocks = records.SelectMany((r, i) => r.Clocks.Select(c => { recordId.SetValue(c, (long)(i + 1)); return c; })).ToList();
        await PreparedInsert.InsertAsync(db, clocks);
        await transaction.CommitAsync();
    }

    private static async Task ResetDueAsync(BenchDatabase database, int due)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var watchAt = TimeSpan.FromMinutes(7.5).Ticks;
        var response = (int)OlaTargetKind.Response;
        await db.Database.ExecuteSqlAsync(
            $"UPDATE OlaTargets SET State = 0, NextTransitionAt = Start + {watchAt} WHERE Kind = {response} AND RecordId <= {due}");
    }
}

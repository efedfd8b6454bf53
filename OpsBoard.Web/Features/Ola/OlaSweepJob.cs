using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Ola;

/// <summary>
/// Finds every clock whose next change of state has come, stores the new state and raises an alert per crossing.
/// It reads only clocks whose NextTransitionAt has passed (an index seek), so its cost follows the clocks that
/// change, not the open records. Safe to run twice or in overlap: each clock carries a version, so of two runs
/// that read the same clock only the first saves; the other's whole batch, alerts included, is rolled back.
/// </summary>
public sealed class OlaSweepJob(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, TimeProvider clock, ILogger<OlaSweepJob> log)
{
    public const string By = "OLA sweep";
    public const int BatchSize = 500;
    private const int MaxBatchesPerRun = 20;

    public async Task<SweepResult> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var book = await policies.GetAsync(ct);
        var result = new SweepResult(0, 0, 0);
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var recordIds = await db.OlaTargets
                .Where(t => t.NextTransitionAt <= now)
                .Select(t => t.RecordId)
                .Distinct()
                .Take(BatchSize)
                .ToListAsync(ct);
            if (recordIds.Count == 0) break;

            var records = await db.Records
                .Where(r => recordIds.Contains(r.Id))
                .Include(r => r.Clocks).ThenInclude(c => c.Pauses)
                .AsSplitQuery()
                .ToListAsync(ct);
            var changes = 0;
            var alerts = 0;
            foreach (var record in records)
            {
                var due = record.Clocks.Where(c => c.NextTransitionAt <= now).ToList();
                var crossed = ClockKeeper.RaiseAlerts(db, record, RecordClocks.Evaluate(record, book, By, now, due), now);
                changes += crossed.Count;
                alerts += crossed.Count(c => c.RaisesAlert && record.IsOpen);
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                log.LogInformation("Another sweep or a person updated these clocks first; this run leaves them to it.");
                break;
            }
            result = new SweepResult(result.Records + records.Count, result.Changes + changes, result.Alerts + alerts);
            if (recordIds.Count < BatchSize) break;
        }
        return result;
    }
}

public readonly record struct SweepResult(int Records, int Changes, int Alerts);

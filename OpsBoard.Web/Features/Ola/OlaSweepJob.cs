using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
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
            // Ordered by the indexed column so SQLite seeks the due clocks instead of scanning them all.
            var due = await db.OlaTargets
                .Where(t => t.NextTransitionAt <= now)
                .OrderBy(t => t.NextTransitionAt)
                .Take(BatchSize)
                .Include(t => t.Pauses)
                .ToListAsync(ct);
            if (due.Count == 0) break;

            var recordIds = due.Select(t => t.RecordId).Distinct().ToList();
            var open = (await db.Records
                .Where(r => recordIds.Contains(r.Id) && (r.Status == Status.New || r.Status == Status.Assigned || r.Status == Status.InProgress || r.Status == Status.Pending))
                .Select(r => r.Id)
                .ToListAsync(ct)).ToHashSet();
            var changes = 0;
            var alerts = 0;
            foreach (var clock in due)
            {
                if (clock.Reevaluate(book.Calendar(clock.CalendarName), now) is not { } change) continue;
                changes++;
                db.History.Add(HistoryEntry.ForRecord(clock.RecordId, now, By, change.HistoryField, change.From.ToString(), change.To.ToString()));
                // Only a record still being worked needs a service manager's attention.
                if (!change.RaisesAlert || !open.Contains(clock.RecordId)) continue;
                db.JeopardyAlerts.Add(new JeopardyAlert(clock.RecordId, clock, now));
                alerts++;
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
            result = new SweepResult(result.Records + recordIds.Count, result.Changes + changes, result.Alerts + alerts);
            if (due.Count < BatchSize) break;
        }
        return result;
    }
}

public readonly record struct SweepResult(int Records, int Changes, int Alerts);

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
            // Ordered by the indexed column so SQLite seeks the due clocks instead of scanning them all; the record's
            // status comes along, since only an open record's crossing raises an alert.
            var openRecords = db.Records.Where(RecordQueries.IsOpen);
            var rows = await db.OlaTargets
                .Where(t => t.NextTransitionAt <= now)
                .OrderBy(t => t.NextTransitionAt)
                .Take(BatchSize)
                .Select(t => new
                {
                    Clock = t,
                    Open = openRecords.Any(r => r.Id == t.RecordId),
                })
                .ToListAsync(ct);
            if (rows.Count == 0) break;
            var due = rows.Select(r => r.Clock).ToList();
            var open = rows.Where(r => r.Open).Select(r => r.Clock.RecordId).ToHashSet();
            var ids = due.Select(c => c.Id).ToList();
            await db.Set<OlaPause>().Where(p => ids.Contains(p.OlaTargetId)).LoadAsync(ct);

            var history = new List<HistoryEntry>();
            var alerts = 0;
            foreach (var clock in due)
            {
                if (clock.Reevaluate(book.Calendar(clock.CalendarName), now) is not { } change) continue;
                history.Add(HistoryEntry.ForRecord(clock.RecordId, now, By, change.HistoryField, change.From.ToString(), change.To.ToString()));
                // Only a record still being worked needs a service manager's attention.
                if (!change.RaisesAlert || !open.Contains(clock.RecordId)) continue;
                db.JeopardyAlerts.Add(new JeopardyAlert(clock.RecordId, clock, now));
                alerts++;
            }
            // Readings carry new due and transition instants even without a change of state, so all due clocks are written.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await ClockReadingWriter.WriteAsync(db, due, ct))
            {
                log.LogInformation("Another sweep or a person updated these clocks first; this run leaves them to it.");
                break;
            }
            foreach (var clock in due) db.Entry(clock).State = EntityState.Unchanged;
            await PreparedInsert.InsertAsync(db, history, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            result = new SweepResult(result.Records + due.Select(c => c.RecordId).Distinct().Count(), result.Changes + history.Count, result.Alerts + alerts);
            if (rows.Count < BatchSize) break;
        }
        return result;
    }
}

public readonly record struct SweepResult(int Records, int Changes, int Alerts);

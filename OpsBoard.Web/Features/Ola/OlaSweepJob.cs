using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Ola;

/// <summary>
/// Finds every clock whose next change of state has come, stores the new state and raises an alert per crossing.
/// It reads only clocks whose NextTransitionAt has passed (an index seek), so its cost follows the clocks that
/// change, not the open records. Safe to run twice or in overlap: each clock carries a version, so of two runs
/// that read the same clock only the first saves; the other's whole batch, alerts included, is rolled back.
/// </summary>
public sealed class OlaSweepJob(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, ChangeFeed feed, TimeProvider clock, ILogger<OlaSweepJob> log,
    Metrics.OpsBoardMetrics? metrics = null)
{
    public const string By = "OLA sweep";
    public const int BatchSize = 1000;
    private const int MaxBatchesPerRun = 20;

    public async Task<SweepResult> RunAsync(CancellationToken ct = default)
    {
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        var book = await policies.GetAsync(ct);
        var result = new SweepResult(0, 0, 0);
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var due = await ReadDueAsync(db, now, ct);
            if (due.Count == 0) break;

            var history = new List<HistoryEntry>();
            var alerts = new List<JeopardyAlert>();
            var changes = new List<(ClockChange Change, bool RecordIsOpen)>();
            var readings = new List<ReadClock>(due.Count);
            foreach (var (clock, recordIsOpen) in due)
            {
                readings.Add(new ReadClock(clock, clock.Version));
                if (clock.Reevaluate(book.Calendar(clock.CalendarName), now) is not { } change) continue;
                history.Add(HistoryEntry.ForRecord(clock.RecordId, now, By, change.HistoryField, change.From.ToString(), change.To.ToString()));
                changes.Add((change, recordIsOpen));
                if (change.RaisesAlertOn(recordIsOpen)) alerts.Add(new JeopardyAlert(clock.RecordId, clock, now));
            }
            // Readings carry new due and transition instants even without a change of state, so all due clocks are written.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await ClockReadingWriter.WriteAsync(db, readings, ct))
            {
                log.LogInformation("Another sweep or a person updated these clocks first; this run leaves them to it.");
                break;
            }
            await PreparedInsert.InsertAsync(db, history, ct);
            await PreparedInsert.InsertAsync(db, alerts, ct);
            await transaction.CommitAsync(ct);
            feed.Publish(await EventsAsync(db, changes, now, ct));
            result = new SweepResult(result.Records + due.Select(c => c.Clock.RecordId).Distinct().Count(), result.Changes + history.Count, result.Alerts + alerts.Count);
            if (due.Count < BatchSize) break;
        }
        feed.Beat(now);
        metrics?.SweepDuration.Observe(clock.GetElapsedTime(started));
        return result;
    }

    /// <summary>The committed changes as board events, with the facts of their records (read only for records that changed).</summary>
    private static async Task<IReadOnlyList<BoardEvent>> EventsAsync(OpsBoardDb db, List<(ClockChange Change, bool RecordIsOpen)> changes, DateTimeOffset now, CancellationToken ct)
    {
        if (changes.Count == 0) return [];
        var ids = changes.Select(c => c.Change.Clock.RecordId).Distinct().ToList();
        var records = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, Event = new BoardEvent(BoardEventType.ClockStateChanged, r.Number, now, r.Kind, r.AssignmentGroupId, null, r.ServiceId, r.Priority, r.Status, null, null, r.IsSecurityIncident) })
            .ToDictionaryAsync(r => r.Id, r => r.Event, ct);
        return [.. changes.SelectMany(c => BoardEvents.Clocks(records[c.Change.Clock.RecordId], [c.Change], c.RecordIsOpen))];
    }

    /// <summary>
    /// The due clocks with their pauses, read without tracking (the writes are prepared statements), ordered by the
    /// indexed column so SQLite seeks them instead of scanning all clocks; each with whether its record is open.
    /// </summary>
    private static async Task<List<(OlaTarget Clock, bool RecordIsOpen)>> ReadDueAsync(OpsBoardDb db, DateTimeOffset now, CancellationToken ct)
    {
        var openRecords = db.Records.Where(RecordQueries.IsOpen);
        var rows = await db.OlaTargets.AsNoTracking()
            .Include(t => t.Pauses)
            .Where(t => t.NextTransitionAt <= now)
            .OrderBy(t => t.NextTransitionAt)
            .Take(BatchSize)
            .Select(t => new { Clock = t, Open = openRecords.Any(r => r.Id == t.RecordId) })
            .ToListAsync(ct);
        return rows.Select(r => (r.Clock, r.Open)).ToList();
    }
}

public readonly record struct SweepResult(int Records, int Changes, int Alerts);

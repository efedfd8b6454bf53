using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Metrics;

/// <summary>
/// The gauges read from the database at each scrape, one grouped query each: open records by priority and jeopardy state,
/// and open alerts by reason and state. Every label pair is written, zero when none, so a series never vanishes.
/// Security incidents count too: the figures name no record.
/// </summary>
public sealed class BoardGauges(IDbContextFactory<OpsBoardDb> dbs)
{
    /// <summary>The state label of an open record with no running clock.</summary>
    public const string NoClock = "none";

    public async Task WriteToAsync(Exposition exposition, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await OpenRecordsAsync(db, exposition, ct);
        await OpenAlertsAsync(db, exposition, ct);
    }

    // A record's state as the wall shows it (BoardReader): the worst stored state of its running clocks, a major
    // incident's update clock aside.
    private static async Task OpenRecordsAsync(OpsBoardDb db, Exposition exposition, CancellationToken ct)
    {
        var rows = await db.Records.AsNoTracking().Where(RecordQueries.IsOpen)
            .Select(r => new
            {
                r.Priority,
                State = db.OlaTargets.Where(t => t.RecordId == r.Id && t.StoppedAt == null && t.Kind != OlaTargetKind.MajorIncidentUpdate)
                    .Max(t => (JeopardyState?)t.State),
            })
            .GroupBy(r => new { r.Priority, r.State })
            .Select(g => new { g.Key.Priority, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        exposition.Describe("opsboard_open_records", "gauge",
            "Open records by priority and jeopardy state (the worst state the OLA sweep stored of their running clocks; none without one).");
        foreach (var priority in Enum.GetValues<Priority>())
        {
            foreach (var state in States)
            {
                var count = rows.Where(r => r.Priority == priority && r.State == state).Sum(r => r.Count);
                exposition.Sample("opsboard_open_records", [("priority", priority.ToString()), ("state", state?.ToString() ?? NoClock)], count);
            }
        }
    }

    private static async Task OpenAlertsAsync(OpsBoardDb db, Exposition exposition, CancellationToken ct)
    {
        var rows = await db.JeopardyAlerts.AsNoTracking().Where(a => a.AcknowledgedAt == null)
            .GroupBy(a => new { a.Reason, a.State })
            .Select(g => new { g.Key.Reason, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        exposition.Describe("opsboard_open_alerts", "gauge",
            "Jeopardy alerts not yet acknowledged, by reason (Clock, PingPong) and the state the clock entered (none for ping-pong).");
        (AlertReason Reason, JeopardyState? State)[] kinds =
            [(AlertReason.Clock, JeopardyState.Jeopardy), (AlertReason.Clock, JeopardyState.Breached), (AlertReason.PingPong, null)];
        foreach (var (reason, state) in kinds.Concat(rows.Select(r => (r.Reason, r.State))).Distinct())
        {
            var count = rows.Where(r => r.Reason == reason && r.State == state).Sum(r => r.Count);
            exposition.Sample("opsboard_open_alerts", [("reason", reason.ToString()), ("state", state?.ToString() ?? NoClock)], count);
        }
    }

    private static readonly JeopardyState?[] States = [null, .. Enum.GetValues<JeopardyState>().Cast<JeopardyState?>()];
}

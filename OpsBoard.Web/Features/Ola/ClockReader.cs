using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Ola;

/// <summary>Reads a record's clocks with their persisted state, the time used and left now, and the pieces that explain each due time.</summary>
public sealed class ClockReader(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, TimeProvider clock)
{
    public const string RecordTarget = "Record";

    /// <summary>The record's clocks, or null when there is no such record or it is a security incident <paramref name="viewer"/> may not see.</summary>
    public async Task<RecordClocksView?> GetAsync(string number, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var recordId = await db.Records.VisibleTo(viewer).Where(r => r.Number == number).Select(r => (long?)r.Id).SingleOrDefaultAsync(ct);
        if (recordId is null) return null;
        var clocks = await db.OlaTargets.AsNoTracking().Where(t => t.RecordId == recordId).Include(t => t.Pauses).ToListAsync(ct);
        var groupIds = clocks.Select(c => c.SupportGroupId).OfType<int>().Distinct().ToList();
        var groups = await db.SupportGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var book = await policies.GetAsync(ct);

        var views = clocks
            .OrderBy(c => c.Segment == 0 ? 0 : 1).ThenBy(c => c.Segment).ThenBy(c => c.Kind)
            .Select(c => ToView(c, clocks, book.Calendar(c.CalendarName), groups, now))
            .ToList();
        return new RecordClocksView(number, now, views);
    }

    private static ClockView ToView(OlaTarget clock, List<OlaTarget> all, Domain.Calendars.BusinessCalendar calendar,
        Dictionary<int, string> groups, DateTimeOffset now)
    {
        var reading = clock.Read(calendar, now);
        var pause = reading.IsPaused ? clock.OpenPause : null;
        var spans = ClockExplanation.Explain(clock.Facts, calendar, now, ClockExplanation.HoldersOf(clock, all))
            .Select(s => new ClockSpanView(s.Kind, s.Start, s.End, s.Counted, s.SupportGroupId, NameOf(s.SupportGroupId, groups), s.PauseReason, s.PausedBy))
            .ToList();
        return new ClockView(
            clock.Id, clock.Kind, clock.Segment, clock.SupportGroupId, clock.SupportGroupId is null ? RecordTarget : NameOf(clock.SupportGroupId, groups)!,
            clock.Priority, clock.Target, clock.CalendarName, clock.State, Math.Round(reading.PercentUsed, 2), reading.Used, reading.Left,
            reading.Used > clock.Target ? reading.Used - clock.Target : TimeSpan.Zero,
            clock.Due, clock.NextTransitionAt, clock.BreachedAt, clock.Start, clock.StoppedAt, clock.StopReason,
            reading.IsRunning, reading.IsPaused, pause?.Reason, pause?.By, spans);
    }

    private static string? NameOf(int? groupId, Dictionary<int, string> groups) =>
        groupId is { } id ? groups.GetValueOrDefault(id, $"Group {id}") : null;
}

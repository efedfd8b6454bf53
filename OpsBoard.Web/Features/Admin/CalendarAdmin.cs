using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Calendars;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Admin;

/// <summary>
/// Lists calendars and edits working hours and holidays by adding a version from a chosen date: today or later in the
/// calendar's zone, and never changing working time already counted. The 24x7 calendar has nothing to edit.
/// </summary>
public sealed class CalendarAdmin(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarView>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Calendars.AsNoTracking().Include(c => c.Versions).OrderBy(c => c.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return [.. rows.Select(r => new CalendarView(r.Id, r.Name, r.TimeZoneId, r.IsTwentyFourSeven,
            [.. r.Versions.Select(v => v.ToVersion()).OrderBy(v => v.EffectiveFrom)], Today(r.TimeZoneId, now)))];
    }

    /// <summary>
    /// Adds <paramref name="version"/> to the calendar (or replaces a version not yet in force with the same date).
    /// Holidays before its date stay those of the rules in force then: they were already counted, or are counted by those rules.
    /// </summary>
    public async Task<AdminResult> AddVersionAsync(int calendarId, CalendarVersion version, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Calendars.Include(c => c.Versions).SingleOrDefaultAsync(c => c.Id == calendarId, ct);
        if (row is null) return AdminResult.NotFound("calendar", $"There is no calendar {calendarId}; reload the page.");
        if (row.IsTwentyFourSeven)
        {
            return AdminResult.Refused("calendar", $"The {row.Name} calendar counts every hour of every day; it has no working hours or holidays to edit.");
        }
        var now = clock.GetUtcNow();
        var calendar = row.ToCalendar();
        var today = Today(row.TimeZoneId, now);
        var start = version.EffectiveFrom;
        var problems = new Dictionary<string, string>(version.Problems());
        if (start < today)
        {
            problems["effectiveFrom"] = $"{CalendarVersions.Date(start)} is in the past, and an edit never changes time already counted. " +
                $"Choose today ({CalendarVersions.Date(today)}) or later.";
        }
        var before = CalendarVersions.InForceOn(calendar.Versions, start)!;
        var early = version.Holidays.Except(before.Holidays).Where(d => d < start).Order().ToList();
        if (early.Count > 0)
        {
            problems["holidays"] = $"{string.Join(", ", early.Select(CalendarVersions.ShortDate))} is before these rules take effect " +
                $"({CalendarVersions.ShortDate(start)}), so it would not count; add it in a version from that date or earlier.";
        }
        var after = version with
        {
            WorkingDays = [.. version.WorkingDays.OrderBy(d => ((int)d.Day + 6) % 7)],
            Holidays = before.Holidays.Where(d => d < start).Concat(version.Holidays.Where(d => d >= start)).ToHashSet(),
        };
        BusinessCalendar? edited = null;
        if (problems.Count == 0)
        {
            try
            {
                edited = calendar.WithVersion(after);
            }
            catch (ArgumentException e)
            {
                problems["workingDays"] = e.Message;
            }
        }
        if (problems.Count > 0 || edited is null) return AdminResult.Invalid(problems);
        if (start == today && RecountsToday(calendar, edited, start, now) is { } recount) return AdminResult.Invalid(recount);

        var replaced = row.Versions.SingleOrDefault(v => v.EffectiveFrom == start);
        var differences = CalendarVersions.Changes(before, after);
        if (differences.Length == 0) return AdminResult.Done(row.Name, null);
        var change = $"Rules from {CalendarVersions.Date(start)}{(replaced is null ? string.Empty : " (replacing the version of that date)")}: {differences}";

        var stored = CalendarVersionRow.From(replaced?.Id ?? 0, row.Id, after);
        if (replaced is null) row.Versions.Add(stored);
        else db.Entry(replaced).CurrentValues.SetValues(stored);
        db.AuditLog.Add(new AuditEntry(now, by, AuditArea.Calendar, row.Name, change));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await RereadRunningClocksAsync(db, row.Name, now, ct);
        await transaction.CommitAsync(ct);
        store.Invalidate();
        return AdminResult.Done(row.Name, change);
    }

    /// <summary>Rules from today may change only the rest of today: time already counted this morning must count the same.</summary>
    private static Dictionary<string, string>? RecountsToday(BusinessCalendar calendar, BusinessCalendar edited, DateOnly today, DateTimeOffset now)
    {
        var midnight = LocalMidnight(calendar.Zone, today);
        if (calendar.WorkingTime(midnight, now) == edited.WorkingTime(midnight, now)) return null;
        var local = TimeZoneInfo.ConvertTime(now, calendar.Zone);
        return new Dictionary<string, string>
        {
            ["effectiveFrom"] = $"Today's working time up to now ({local:HH:mm}) has already been counted under the current rules, and these rules " +
                "would count it differently. Choose tomorrow or later, or keep today's hours and holidays as they are up to now.",
        };
    }

    // A clock's persisted next change was computed with the old rules; make the sweep read it again with the new ones.
    private static Task<int> RereadRunningClocksAsync(OpsBoardDb db, string calendarName, DateTimeOffset now, CancellationToken ct) =>
        db.OlaTargets
            .Where(t => t.CalendarName == calendarName && t.StoppedAt == null && t.NextTransitionAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextTransitionAt, now).SetProperty(t => t.Version, t => t.Version + 1), ct);

    private static DateOnly Today(string timeZoneId, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).DateTime);

    private static DateTimeOffset LocalMidnight(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

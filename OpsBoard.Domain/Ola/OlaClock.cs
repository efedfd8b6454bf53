using OpsBoard.Domain.Calendars;

namespace OpsBoard.Domain.Ola;

/// <summary>Reads a target's clock at any instant: pure, exact to the tick, and never reading the clock itself.</summary>
public static class OlaClock
{
    public static ClockReading Read(ClockFacts facts, BusinessCalendar calendar, DateTimeOffset now)
    {
        if (facts.Target <= TimeSpan.Zero) throw new ArgumentException("A target must be longer than zero.", nameof(facts));
        var used = UsedAt(facts, calendar, now);
        var state = facts.Thresholds.StateFor(used, facts.Target);
        var stopped = facts.StoppedAt is { } stop && stop <= now;
        var paused = !stopped && facts.Pauses.Any(p => p.Start <= now && (p.End is null || p.End > now));
        var running = !stopped && !paused;
        var due = state == JeopardyState.Breached || running ? ReachedAt(facts, calendar, facts.Target) : null;
        var next = running && state != JeopardyState.Breached
            ? ReachedAt(facts, calendar, facts.Thresholds.UsedAt(state + 1, facts.Target))
            : null;
        var left = facts.Target > used ? facts.Target - used : TimeSpan.Zero;
        return new ClockReading(facts.Target, used, left, used.Ticks * 100.0 / facts.Target.Ticks, state, due, next, running, paused);
    }

    /// <summary>Business time the clock has counted up to <paramref name="now"/>.</summary>
    public static TimeSpan UsedAt(ClockFacts facts, BusinessCalendar calendar, DateTimeOffset now)
    {
        var used = TimeSpan.Zero;
        foreach (var span in RunningSpans(facts))
        {
            if (span.Start >= now) break;
            used += calendar.WorkingTime(span.Start, span.End < now ? span.End : now);
        }
        return used;
    }

    /// <summary>The instant the clock has counted <paramref name="amount"/>, or null if it stopped or stands still before then.</summary>
    public static DateTimeOffset? ReachedAt(ClockFacts facts, BusinessCalendar calendar, TimeSpan amount)
    {
        var counted = TimeSpan.Zero;
        foreach (var span in RunningSpans(facts))
        {
            if (span.End == DateTimeOffset.MaxValue) return calendar.AddWorkingTime(span.Start, amount - counted);
            var inSpan = calendar.WorkingTime(span.Start, span.End);
            if (counted + inSpan >= amount) return calendar.AddWorkingTime(span.Start, amount - counted);
            counted += inSpan;
        }
        return null;
    }

    /// <summary>The spans in which the clock runs: from its start until it stops, less its pauses. The last is open-ended while it runs.</summary>
    public static IEnumerable<Interval> RunningSpans(ClockFacts facts)
    {
        var cursor = facts.Start;
        var end = facts.StoppedAt ?? DateTimeOffset.MaxValue;
        foreach (var pause in facts.Pauses.OrderBy(p => p.Start))
        {
            if (cursor >= end) yield break;
            var pauseStart = pause.Start > cursor ? pause.Start : cursor;
            var pauseEnd = pause.End ?? DateTimeOffset.MaxValue;
            if (pauseStart > cursor) yield return new Interval(cursor, pauseStart < end ? pauseStart : end);
            if (pauseEnd > cursor) cursor = pauseEnd;
        }
        if (cursor < end) yield return new Interval(cursor, end);
    }
}

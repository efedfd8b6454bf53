using OpsBoard.Domain.Calendars;

namespace OpsBoard.Web.Features.Ola;

/// <summary>
/// A clock's time used and left at <c>now</c>, moved on from the view read at <c>readAt</c>: a running clock counts on
/// only in its calendar's hours. The state stays what the engine persisted; only these numbers tick.
/// </summary>
public readonly record struct ClockCountdown(TimeSpan Used, TimeSpan Target, bool Counting)
{
    public TimeSpan Left => Target > Used ? Target - Used : TimeSpan.Zero;

    public TimeSpan Overrun => Used > Target ? Used - Target : TimeSpan.Zero;

    public double PercentUsed => Used.Ticks * 100.0 / Target.Ticks;

    public static ClockCountdown Of(ClockView clock, DateTimeOffset readAt, BusinessCalendar calendar, DateTimeOffset now) =>
        Of(clock.Used, clock.Target, clock.IsRunning, readAt, calendar, now);

    /// <summary>A clock that had used <paramref name="used"/> of <paramref name="target"/> at <paramref name="readAt"/>.</summary>
    public static ClockCountdown Of(TimeSpan used, TimeSpan target, bool isRunning, DateTimeOffset readAt, BusinessCalendar calendar, DateTimeOffset now)
    {
        if (!isRunning) return new ClockCountdown(used, target, false);
        var more = now > readAt ? calendar.WorkingTime(readAt, now) : TimeSpan.Zero;
        var counting = calendar.Windows(now, now.AddSeconds(1)).Any();
        return new ClockCountdown(used + more, target, counting);
    }
}

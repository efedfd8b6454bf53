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

    public static ClockCountdown Of(ClockView clock, DateTimeOffset readAt, BusinessCalendar calendar, DateTimeOffset now)
    {
        if (!clock.IsRunning) return new ClockCountdown(clock.Used, clock.Target, false);
        var more = now > readAt ? calendar.WorkingTime(readAt, now) : TimeSpan.Zero;
        var counting = calendar.Windows(now, now.AddSeconds(1)).Any();
        return new ClockCountdown(clock.Used + more, clock.Target, counting);
    }
}

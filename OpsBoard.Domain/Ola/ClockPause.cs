using OpsBoard.Domain.Calendars;

namespace OpsBoard.Domain.Ola;

/// <summary>A span in which a clock stood still (a Pending reason that stops the clock); <see cref="End"/> is null while it lasts.</summary>
public readonly record struct ClockPause(DateTimeOffset Start, DateTimeOffset? End, string Reason, string By)
{
    public Interval ToInterval() => new(Start, End ?? DateTimeOffset.MaxValue);
}

using System.Globalization;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// The time to a record's nearest due instant, as a wall clock reads it ("0:21:15"), and past it once breached ("-0:12:40");
/// a day or more reads in days ("2d 03:15", "-16d 14:27"), where the seconds no longer matter to anyone across the room.
/// It counts real time to the stored due instant; the state beside it is the one the OLA sweep stored, so until the sweep
/// has stored Breached a passed due time reads 0:00:00 rather than claim a breach the sweep has not recorded.
/// </summary>
public static class WallCountdown
{
    public static string Text(DateTimeOffset due, JeopardyState? state, DateTimeOffset now)
    {
        var left = due - now;
        if (left >= TimeSpan.Zero) return Clock(left);
        return state == JeopardyState.Breached ? "-" + Clock(-left) : Clock(TimeSpan.Zero);
    }

    /// <summary>The same in words for a screen reader: "21m 15s left" or "breached 12m 40s ago".</summary>
    public static string Words(DateTimeOffset due, JeopardyState? state, DateTimeOffset now)
    {
        var left = due - now;
        if (left >= TimeSpan.Zero) return $"{Components.Shared.Durations.Format(left, seconds: true)} left";
        return state == JeopardyState.Breached ? $"breached {Components.Shared.Durations.Format(-left, seconds: true)} ago" : "due now";
    }

    private static string Clock(TimeSpan span) => span.TotalDays >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalDays}d {span.Hours:00}:{span.Minutes:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Hours}:{span.Minutes:00}:{span.Seconds:00}");
}

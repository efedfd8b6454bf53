using System.Globalization;

namespace OpsBoard.Web.Components.Shared;

/// <summary>Business time as people read and add it up: "30h 00m", "45m", "1h 04m 09s"; hours never roll into days (a working day is not 24 hours).</summary>
public static class Durations
{
    /// <summary>Seconds are shown when there are any, or always with <paramref name="seconds"/> (for a countdown that ticks).</summary>
    public static string Format(TimeSpan span, bool seconds = false)
    {
        var whole = span.Duration();
        if (whole > TimeSpan.Zero && whole < TimeSpan.FromSeconds(1)) return "under 1s";
        var hours = (long)whole.TotalHours;
        var withSeconds = seconds || whole.Seconds != 0;
        var text = hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}h {whole.Minutes:00}m")
            : string.Create(CultureInfo.InvariantCulture, $"{whole.Minutes}m");
        if (!withSeconds) return text;
        if (hours == 0 && whole.Minutes == 0) return string.Create(CultureInfo.InvariantCulture, $"{whole.Seconds}s");
        return string.Create(CultureInfo.InvariantCulture, $"{text} {whole.Seconds:00}s");
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsBoard.Web.Features.Admin;

/// <summary>Targets as people write them: "2h", "30m", "1h 30m" (or "1:30"); always shown the same way.</summary>
public static partial class DurationText
{
    public const string Hint = "Hours and minutes, e.g. 2h, 30m or 1h 30m";

    // Far beyond any sensible target, and well inside TimeSpan.
    private const int MaxHours = 100_000;

    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) return "0m";
        var hours = (long)duration.TotalHours;
        var minutes = duration.Minutes;
        return (hours, minutes) switch
        {
            (0, _) => $"{minutes}m",
            (_, 0) => $"{hours}h",
            _ => $"{hours}h {minutes}m",
        };
    }

    /// <summary>Reads a duration; on failure <paramref name="problem"/> says how to write one.</summary>
    public static bool TryParse(string? text, out TimeSpan duration, out string? problem)
    {
        duration = TimeSpan.Zero;
        problem = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problem = "Enter a duration in hours and minutes, e.g. 2h, 30m or 1h 30m.";
            return false;
        }
        var match = HoursAndMinutes().Match(trimmed);
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success))
        {
            match = Clock().Match(trimmed);
        }
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success))
        {
            problem = $"'{trimmed}' is not a duration; write hours and minutes, e.g. 2h, 30m or 1h 30m.";
            return false;
        }
        var hours = Number(match.Groups["h"]);
        var minutes = Number(match.Groups["m"]);
        if (hours is null || minutes is null || hours + minutes / 60 > MaxHours)
        {
            problem = $"Keep the duration under {MaxHours:N0} hours.";
            return false;
        }
        duration = TimeSpan.FromHours(hours.Value) + TimeSpan.FromMinutes(minutes.Value);
        return true;
    }

    private static long? Number(Group group) =>
        !group.Success ? 0 : long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MaxHours * 60L ? value : null;

    [GeneratedRegex(@"^(?:(?<h>\d{1,9})\s*h(?:ours?|rs?)?)?\s*(?:(?<m>\d{1,9})\s*m(?:in(?:ute)?s?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursAndMinutes();

    [GeneratedRegex(@"^(?<h>\d{1,9}):(?<m>[0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}

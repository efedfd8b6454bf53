using System.Globalization;
using OpsBoard.Domain.Calendars;

namespace OpsBoard.Web.Features.Admin;

/// <summary>Reading a calendar's versions: which rules hold on a day, and how two versions differ, in words.</summary>
public static class CalendarVersions
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Monday first, as people read a working week.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The version whose rules hold on <paramref name="day"/>; the first version also covers days before it.</summary>
    public static CalendarVersion? InForceOn(IEnumerable<CalendarVersion> versions, DateOnly day)
    {
        CalendarVersion? chosen = null;
        foreach (var version in versions.OrderBy(v => v.EffectiveFrom))
        {
            if (chosen is not null && version.EffectiveFrom > day) break;
            chosen = version;
        }
        return chosen;
    }

    public static string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", British);

    public static string ShortDate(DateOnly day) => day.ToString("d MMM yyyy", British);

    public static string Time(TimeSpan time) => $"{(int)time.TotalHours:00}:{time.Minutes:00}";

    /// <summary>Reads a local time of day such as 08:00 or 8:30; 24:00 is the end of the day.</summary>
    public static bool TryParseTime(string? text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        var parts = (text ?? string.Empty).Trim().Split(':');
        if (parts.Length != 2 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)) return false;
        if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0)) return false;
        time = new TimeSpan(hours, minutes, 0);
        return true;
    }

    public const string NotWorking = "Not a working day";

    public static string Hours(CalendarVersion version, DayOfWeek day) =>
        version.WorkingDays.Where(d => d.Day == day).Select(d => $"{Time(d.Start)}-{Time(d.End)}").FirstOrDefault() ?? NotWorking;

    /// <summary>"Monday: 08:00-18:00 -> 08:00-20:00; holidays added: 24 Dec 2026", or empty when the rules are the same.</summary>
    public static string Changes(CalendarVersion before, CalendarVersion after)
    {
        var changes = new AuditChange();
        foreach (var day in Week) changes.Add(day.ToString(), Hours(before, day), Hours(after, day));
        var added = after.Holidays.Except(before.Holidays).Order().ToList();
        var removed = before.Holidays.Except(after.Holidays).Order().ToList();
        if (added.Count > 0) changes.Note($"holidays added: {string.Join(", ", added.Select(ShortDate))}");
        if (removed.Count > 0) changes.Note($"holidays removed: {string.Join(", ", removed.Select(ShortDate))}");
        return changes.ToString();
    }
}

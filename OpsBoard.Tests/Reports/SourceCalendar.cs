using System.Globalization;

namespace OpsBoard.Tests.Reports;

/// <summary>
/// The test's own time arithmetic, written from PROCESS.md and decision 0012 with no OpsBoard code: London local time,
/// England and Wales bank holidays 2016-2017 (typed from gov.uk's list), working hours Mon-Fri 08:00-18:00 local, and
/// 24x7 as real elapsed time.
/// </summary>
public static class SourceCalendar
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>England and Wales bank holidays 2016 and 2017 (substitute days included), from gov.uk/bank-holidays.</summary>
    public static readonly IReadOnlySet<DateOnly> BankHolidays = new HashSet<DateOnly>
    {
        new(2016, 1, 1), new(2016, 3, 25), new(2016, 3, 28), new(2016, 5, 2), new(2016, 5, 30), new(2016, 8, 29), new(2016, 12, 26), new(2016, 12, 27),
        new(2017, 1, 2), new(2017, 4, 14), new(2017, 4, 17), new(2017, 5, 1), new(2017, 5, 29), new(2017, 8, 28), new(2017, 12, 25), new(2017, 12, 26),
    };

    private static readonly TimeSpan DayStarts = TimeSpan.FromHours(8);
    private static readonly TimeSpan DayEnds = TimeSpan.FromHours(18);

    /// <summary>
    /// A log time <c>D/M/YYYY HH:MM</c> in <paramref name="zone"/> as an instant: an hour that does not exist moves forward one
    /// hour, an hour that happens twice is taken at its first (daylight-saving) offset. Null when it is not such a time.
    /// </summary>
    public static DateTimeOffset? ParseLocal(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(text, "d/M/yyyy H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        return ToInstant(local, zone);
    }

    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset LocalMidnight(DateOnly day) => ToInstant(day.ToDateTime(TimeOnly.MinValue), London);

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.Contains(day);

    /// <summary>A working day's hours as instants (08:00 and 18:00 local are never in a daylight-saving jump).</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) Hours(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return (ToInstant(midnight + DayStarts, London), ToInstant(midnight + DayEnds, London));
    }

    /// <summary>Time counted between two instants: real time for 24x7, else the overlap with each working day's hours.</summary>
    public static TimeSpan Counted(bool twentyFourSeven, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        if (twentyFourSeven) return to - from;
        var total = TimeSpan.Zero;
        for (var day = LocalDay(from); day <= LocalDay(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var (start, end) = Hours(day);
            var a = start > from ? start : from;
            var b = end < to ? end : to;
            if (b > a) total += b - a;
        }
        return total;
    }

    /// <summary>The earliest instant at which <paramref name="amount"/> has been counted from <paramref name="from"/>.</summary>
    public static DateTimeOffset Add(bool twentyFourSeven, DateTimeOffset from, TimeSpan amount)
    {
        if (twentyFourSeven || amount <= TimeSpan.Zero) return from + (amount > TimeSpan.Zero ? amount : TimeSpan.Zero);
        var left = amount;
        for (var day = LocalDay(from); ; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var (start, end) = Hours(day);
            var a = start > from ? start : from;
            if (end <= a) continue;
            if (end - a >= left) return a + left;
            left -= end - a;
        }
    }
}

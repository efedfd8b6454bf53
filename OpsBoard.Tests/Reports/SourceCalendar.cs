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

    /// <summary>Time counted between two instants: real time for 24x7, else the overlap with each working day's hours.</summary>
    public static TimeSpan Counted(bool twentyFourSeven, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        return twentyFourSeven ? to - from : TimeSpan.FromTicks(Index.WorkedBy(to) - Index.WorkedBy(from));
    }

    /// <summary>The earliest instant at which <paramref name="amount"/> has been counted from <paramref name="from"/>.</summary>
    public static DateTimeOffset Add(bool twentyFourSeven, DateTimeOffset from, TimeSpan amount)
    {
        if (twentyFourSeven || amount <= TimeSpan.Zero) return from + (amount > TimeSpan.Zero ? amount : TimeSpan.Zero);
        return Index.InstantWorked(Index.WorkedBy(from) + amount.Ticks);
    }

    /// <summary>
    /// The working days of 2015-2035 with the working time before each: per-day interval arithmetic, so a span of months
    /// costs two look-ups rather than a walk over its days.
    /// </summary>
    private static readonly WorkingDays Index = new(new DateOnly(2015, 1, 1), new DateOnly(2036, 1, 1));

    private sealed class WorkingDays
    {
        private readonly DateOnly first;
        private readonly DateTimeOffset[] starts;
        private readonly DateTimeOffset[] ends;
        private readonly long[] before;

        public WorkingDays(DateOnly first, DateOnly end)
        {
            this.first = first;
            var count = end.DayNumber - first.DayNumber;
            starts = new DateTimeOffset[count];
            ends = new DateTimeOffset[count];
            before = new long[count + 1];
            for (var i = 0; i < count; i++)
            {
                var day = first.AddDays(i);
                var midnight = day.ToDateTime(TimeOnly.MinValue);
                // 08:00 and 18:00 local are never inside a daylight-saving jump; a day off has no hours.
                starts[i] = ToInstant(midnight + DayStarts, London);
                ends[i] = IsWorkingDay(day) ? ToInstant(midnight + DayEnds, London) : starts[i];
                before[i + 1] = before[i] + (ends[i] - starts[i]).Ticks;
            }
        }

        /// <summary>Working ticks from the start of the index up to <paramref name="instant"/>.</summary>
        public long WorkedBy(DateTimeOffset instant)
        {
            var i = LocalDay(instant).DayNumber - first.DayNumber;
            if (i < 0 || i >= starts.Length) throw new ArgumentOutOfRangeException(nameof(instant), instant, "Outside the test's calendar (2015-2035).");
            var into = instant <= starts[i] ? 0 : instant >= ends[i] ? (ends[i] - starts[i]).Ticks : (instant - starts[i]).Ticks;
            return before[i] + into;
        }

        /// <summary>The earliest instant by which <paramref name="worked"/> ticks have been worked.</summary>
        public DateTimeOffset InstantWorked(long worked)
        {
            // The first day whose end has worked ticks >= the amount.
            var low = 0;
            var high = starts.Length - 1;
            if (before[high + 1] < worked) throw new ArgumentOutOfRangeException(nameof(worked), "Beyond the test's calendar (2015-2035).");
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (before[mid + 1] >= worked) high = mid;
                else low = mid + 1;
            }
            return starts[low] + TimeSpan.FromTicks(worked - before[low]);
        }
    }
}

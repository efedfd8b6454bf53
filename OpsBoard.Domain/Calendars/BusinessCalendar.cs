namespace OpsBoard.Domain.Calendars;

/// <summary>
/// When the clock runs: round the clock (real elapsed time, so a daylight-saving day has 23 or 25 hours), or in
/// local working hours in a time zone (08:00 local is 08:00 on both sides of a clock change), minus holidays.
/// </summary>
public sealed class BusinessCalendar
{
    // A calendar whose every day is a holiday would never reach a target; stop looking after ten years.
    private const int MaxDaysSearched = 3660;

    private static readonly DateTimeOffset IndexFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset IndexTo = new(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CalendarVersion[] versions;
    private readonly Lazy<WorkingTimeIndex> index;

    private BusinessCalendar(string name, TimeZoneInfo zone, IEnumerable<CalendarVersion> versions, bool twentyFourSeven)
    {
        Name = name;
        Zone = zone;
        IsTwentyFourSeven = twentyFourSeven;
        this.versions = [.. versions.OrderBy(v => v.EffectiveFrom)];
        index = new Lazy<WorkingTimeIndex>(() => new WorkingTimeIndex(WindowsFrom(IndexFrom), IndexFrom, IndexTo));
    }

    public static BusinessCalendar TwentyFourSeven { get; } = new("24x7", TimeZoneInfo.Utc, [], twentyFourSeven: true);

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string Name { get; }

    public TimeZoneInfo Zone { get; }

    public bool IsTwentyFourSeven { get; }

    public IReadOnlyList<CalendarVersion> Versions => versions;

    public static BusinessCalendar WorkingHours(string name, TimeZoneInfo zone, IEnumerable<CalendarVersion> versions)
    {
        var list = versions.ToList();
        var problems = list.SelectMany(v => v.Problems().Values).ToList();
        if (list.Count == 0) problems.Add("A working-hours calendar needs at least one version of its rules.");
        if (list.GroupBy(v => v.EffectiveFrom).Any(g => g.Count() > 1)) problems.Add("Two versions of the calendar take effect on the same date.");
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(versions));
        return new BusinessCalendar(name, zone, list, twentyFourSeven: false);
    }

    /// <summary>A new calendar with <paramref name="version"/> added: days before its date keep the rules they had.</summary>
    public BusinessCalendar WithVersion(CalendarVersion version) =>
        IsTwentyFourSeven
            ? throw new InvalidOperationException("The 24x7 calendar has no working hours to edit.")
            : WorkingHours(Name, Zone, versions.Where(v => v.EffectiveFrom != version.EffectiveFrom).Append(version));

    /// <summary>The spans inside [from, to) during which the calendar counts time, in order.</summary>
    public IEnumerable<Interval> Windows(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) yield break;
        var range = new Interval(from, to);
        if (IsTwentyFourSeven)
        {
            yield return range;
            yield break;
        }
        foreach (var window in WindowsFrom(from))
        {
            if (window.Start >= to) yield break;
            var part = window.Intersect(range);
            if (!part.IsEmpty) yield return part;
        }
    }

    public TimeSpan WorkingTime(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        if (IsTwentyFourSeven) return to - from;
        var fast = index.Value;
        if (fast.Covers(from.UtcTicks) && fast.Covers(to.UtcTicks))
        {
            return TimeSpan.FromTicks(fast.Counted(to.UtcTicks) - fast.Counted(from.UtcTicks));
        }
        var total = TimeSpan.Zero;
        foreach (var window in Windows(from, to)) total += window.Length;
        return total;
    }

    /// <summary>The first instant at which <paramref name="amount"/> of working time has passed since <paramref name="from"/>.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        if (amount <= TimeSpan.Zero || IsTwentyFourSeven) return from + (amount > TimeSpan.Zero ? amount : TimeSpan.Zero);
        var fast = index.Value;
        if (fast.Covers(from.UtcTicks) && fast.InstantAt(fast.Counted(from.UtcTicks) + amount.Ticks) is { } ticks)
        {
            return new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        var left = amount;
        foreach (var window in WindowsFrom(from))
        {
            var part = window.Start < from ? window with { Start = from } : window;
            if (part.IsEmpty) continue;
            if (part.Length >= left) return part.Start + left;
            left -= part.Length;
        }
        throw new InvalidOperationException($"Calendar {Name} has no working time in the ten years after {from:u}.");
    }

    /// <summary>Whether <paramref name="day"/> (local) has working hours: not a holiday, and a working weekday in its version of the rules.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (IsTwentyFourSeven) return true;
        var version = VersionFor(day);
        return !version.Holidays.Contains(day) && version.WorkingDays.Any(hours => hours.Day == day.DayOfWeek);
    }

    /// <summary>
    /// The same local time of day, <paramref name="days"/> working days after <paramref name="from"/>'s day: Monday
    /// 14:00 plus 3 is Thursday 14:00; Friday plus 3 is Wednesday; a bank holiday or weekend does not count.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0) return from;
        var local = TimeZoneInfo.ConvertTime(from, Zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
            if (day.DayNumber - DateOnly.FromDateTime(local).DayNumber > MaxDaysSearched)
                throw new InvalidOperationException($"Calendar {Name} has no working day in the ten years after {from:u}.");
        }
        return ToInstant(day, local.TimeOfDay);
    }

    /// <summary>Working windows of whole local days, starting with the day that holds <paramref name="from"/>.</summary>
    private IEnumerable<Interval> WindowsFrom(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Zone).DateTime);
        for (var i = 0; i < MaxDaysSearched; i++, day = day.AddDays(1))
        {
            var version = VersionFor(day);
            if (version.Holidays.Contains(day)) continue;
            foreach (var hours in version.WorkingDays)
            {
                if (hours.Day != day.DayOfWeek) continue;
                var window = new Interval(ToInstant(day, hours.Start), ToInstant(day, hours.End));
                if (window.End > from) yield return window;
            }
        }
    }

    private CalendarVersion VersionFor(DateOnly day)
    {
        var chosen = versions[0];
        foreach (var version in versions)
        {
            if (version.EffectiveFrom > day) break;
            chosen = version;
        }
        return chosen;
    }

    private DateTimeOffset ToInstant(DateOnly day, TimeSpan localTime)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(localTime);
        // A local time skipped by a clock change counts from the moment the clocks go forward.
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.BaseUtcOffset : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}

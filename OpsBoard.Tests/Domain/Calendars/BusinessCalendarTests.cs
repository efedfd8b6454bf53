using OpsBoard.Domain.Calendars;

namespace OpsBoard.Tests.Domain.Calendars;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();

    private static DateTimeOffset London(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, BusinessCalendar.London.GetUtcOffset(local));
    }

    [Fact]
    public void AddWorkingTime_SkipsWeekend_WhenOpenedFridayEvening()
    {
        // PROCESS.md: a P3 opened on Friday at 17:00 has its 2-hour response due on Monday at 09:00.
        var due = Office.AddWorkingTime(London(2026, 11, 27, 17), TimeSpan.FromHours(2));
        Assert.Equal(London(2026, 11, 30, 9), due);
    }

    [Fact]
    public void AddWorkingTime_SkipsEasterBankHolidays()
    {
        var due = Office.AddWorkingTime(London(2026, 4, 2, 17), TimeSpan.FromHours(2));
        Assert.Equal(London(2026, 4, 7, 9), due);
    }

    [Fact]
    public void WorkingHours_CountLocalTime_OnBothSidesOfSpringForward()
    {
        // Clocks go forward on Sunday 29 March 2026: 08:00 local is 08:00 UTC on Friday and 07:00 UTC on Monday.
        var friday = London(2026, 3, 27, 17);
        var due = Office.AddWorkingTime(friday, TimeSpan.FromHours(2));
        Assert.Equal(London(2026, 3, 30, 9), due);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(10), Office.WorkingTime(London(2026, 3, 30, 0), London(2026, 3, 31, 0)));
    }

    [Fact]
    public void WorkingHours_CountLocalTime_OnBothSidesOfFallBack()
    {
        // Clocks go back on Sunday 25 October 2026.
        Assert.Equal(TimeSpan.FromHours(20), Office.WorkingTime(London(2026, 10, 23, 0), London(2026, 10, 27, 0)));
        Assert.Equal(London(2026, 10, 26, 8, 30), Office.AddWorkingTime(London(2026, 10, 23, 17, 30), TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData(2026, 3, 29, 23)]
    [InlineData(2026, 10, 25, 25)]
    [InlineData(2026, 6, 1, 24)]
    public void TwentyFourSeven_CountsRealElapsedTime_OnClockChangeDays(int year, int month, int day, int hours)
    {
        var start = London(year, month, day, 0);
        var next = London(year, month, day, 0).AddDays(1);
        var nextLocalMidnight = London(next.Year, next.Month, next.Day, 0);
        Assert.Equal(TimeSpan.FromHours(hours), BusinessCalendar.TwentyFourSeven.WorkingTime(start, nextLocalMidnight));
    }

    [Fact]
    public void WorkingTime_IsZero_OverAWeekendAndBankHoliday()
    {
        // Saturday 22 August to Tuesday 1 September 2026 08:00 includes the summer bank holiday on Monday 31 August.
        Assert.Equal(TimeSpan.FromHours(50), Office.WorkingTime(London(2026, 8, 22, 0), London(2026, 9, 1, 8)));
    }

    [Fact]
    public void WithVersion_NeverChangesTimeCountedBeforeItTakesEffect()
    {
        var edited = Office.WithVersion(new CalendarVersion(new DateOnly(2026, 12, 1),
            [.. CalendarVersion.OfficeHours.Select(d => d with { End = TimeSpan.FromHours(20) })], EnglandAndWalesBankHolidays.All));
        var before = (London(2026, 11, 23, 0), London(2026, 12, 1, 0));
        Assert.Equal(Office.WorkingTime(before.Item1, before.Item2), edited.WorkingTime(before.Item1, before.Item2));
        Assert.Equal(TimeSpan.FromHours(12), edited.WorkingTime(London(2026, 12, 1, 0), London(2026, 12, 2, 0)));
    }

    [Fact]
    public void WorkingHours_RefusesInvalidHours()
    {
        var error = Assert.Throws<ArgumentException>(() => BusinessCalendar.WorkingHours("bad", BusinessCalendar.London,
            [new CalendarVersion(new DateOnly(2026, 1, 1), [new WorkingDay(DayOfWeek.Monday, TimeSpan.FromHours(18), TimeSpan.FromHours(8))], new HashSet<DateOnly>())]));
        Assert.Contains("Monday: working hours must start before they end", error.Message);
    }

    [Fact]
    public void WorkingTime_CountsTheSame_OutsideTheIndexedYears()
    {
        // Instants after 2040 take the day-by-day walk instead of the index.
        Assert.Equal(TimeSpan.FromHours(50), Office.WorkingTime(London(2045, 3, 6, 0), London(2045, 3, 13, 0)));
        Assert.Equal(London(2040, 1, 2, 10), Office.AddWorkingTime(London(2039, 12, 30, 17), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void BankHolidays_MatchTheRules_ForEveryYear()
    {
        var expected = new HashSet<DateOnly>();
        for (var year = 2016; year <= 2030; year++)
        {
            var easter = EasterSunday(year);
            expected.Add(easter.AddDays(-2));
            expected.Add(easter.AddDays(1));
            expected.Add(FirstMonday(year, 5));
            expected.Add(LastMonday(year, 5));
            expected.Add(LastMonday(year, 8));
            // New Year, Christmas and Boxing Day move to the next free weekday when they fall at a weekend.
            foreach (var fixedDay in new[] { new DateOnly(year, 1, 1), new DateOnly(year, 12, 25), new DateOnly(year, 12, 26) })
            {
                var day = fixedDay;
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || expected.Contains(day)) day = day.AddDays(1);
                expected.Add(day);
            }
        }
        // One-off changes by proclamation: VE day 75 (2020), the platinum jubilee and the Queen's state funeral (2022), the coronation (2023).
        expected.ExceptWith([new DateOnly(2020, 5, 4), new DateOnly(2022, 5, 30)]);
        expected.UnionWith([new DateOnly(2020, 5, 8), new DateOnly(2022, 6, 2), new DateOnly(2022, 6, 3), new DateOnly(2022, 9, 19), new DateOnly(2023, 5, 8)]);
        Assert.Equal(expected.Order(), EnglandAndWalesBankHolidays.All.Order());
    }

    private static DateOnly FirstMonday(int year, int month) =>
        Enumerable.Range(1, 7).Select(d => new DateOnly(year, month, d)).First(d => d.DayOfWeek == DayOfWeek.Monday);

    private static DateOnly LastMonday(int year, int month) =>
        Enumerable.Range(0, 7).Select(d => new DateOnly(year, month, DateTime.DaysInMonth(year, month)).AddDays(-d)).First(d => d.DayOfWeek == DayOfWeek.Monday);

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}

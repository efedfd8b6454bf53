using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class AutoCloseTests
{
    private static readonly AutoClose ThreeDays = new(AutoClose.DefaultBusinessDays, EnglandAndWalesBankHolidays.OfficeHoursCalendar());

    private static DateTimeOffset London(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, BusinessCalendar.London.GetUtcOffset(local));
    }

    [Fact]
    public void ClosesAt_IsThreeWorkingDaysLater_AtTheSameLocalTime()
    {
        Assert.Equal(London(2026, 12, 3, 14, 30), ThreeDays.ClosesAt(London(2026, 11, 30, 14, 30)));
    }

    [Fact]
    public void ClosesAt_SkipsTheWeekend()
    {
        Assert.Equal(London(2026, 12, 2, 17), ThreeDays.ClosesAt(London(2026, 11, 27, 17)));
    }

    [Fact]
    public void ClosesAt_SkipsChristmasBoxingDayAndItsSubstitute()
    {
        // Christmas is a Friday and Boxing Day a Saturday in 2026, so Monday 28 December is the substitute bank holiday.
        Assert.Equal(London(2026, 12, 31, 10), ThreeDays.ClosesAt(London(2026, 12, 24, 10)));
    }

    [Fact]
    public void ClosesAt_KeepsLocalTime_AcrossTheClocksGoingBack()
    {
        // British Summer Time ends on Sunday 25 October 2026: 14:00 BST on Friday closes at 14:00 GMT on Wednesday.
        var closes = ThreeDays.ClosesAt(London(2026, 10, 23, 14));
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 14, 0, 0, TimeSpan.Zero), closes);
    }

    [Fact]
    public void ClosesAt_CountsFromTheNextWorkingDay_WhenResolvedAtTheWeekend()
    {
        Assert.Equal(London(2026, 12, 2, 11), ThreeDays.ClosesAt(London(2026, 11, 28, 11)));
    }

    [Fact]
    public void ClosesAt_CountsEveryDay_OnTheRoundTheClockCalendar()
    {
        var rule = new AutoClose(3, BusinessCalendar.TwentyFourSeven);
        var resolved = new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal(resolved.AddDays(3), rule.ClosesAt(resolved));
    }

    [Fact]
    public void ResolvedNoLaterThan_NeverExcludesARecordThatIsDue()
    {
        var now = London(2026, 12, 31, 10);
        foreach (var resolved in Enumerable.Range(0, 24 * 30).Select(h => now.AddHours(-h)))
        {
            if (ThreeDays.ClosesAt(resolved) <= now) Assert.True(resolved <= ThreeDays.ResolvedNoLaterThan(now), $"{resolved:u} is due but was not read");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_RefusesLessThanOneDay(int days)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new AutoClose(days, BusinessCalendar.TwentyFourSeven));
        Assert.Contains("at least 1 business day", refused.Message);
    }
}

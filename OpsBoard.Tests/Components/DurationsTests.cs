using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Tests.Components;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0, 0, 0, false, "0m")]
    [InlineData(0, 45, 0, false, "45m")]
    [InlineData(30, 0, 0, false, "30h 00m")]
    [InlineData(1, 4, 9, false, "1h 04m 09s")]
    [InlineData(0, 4, 9, false, "4m 09s")]
    [InlineData(0, 0, 9, false, "9s")]
    [InlineData(2, 0, 0, true, "2h 00m 00s")]
    [InlineData(0, 50, 0, true, "50m 00s")]
    [InlineData(0, 0, 0, true, "0s")]
    public void Format_ShowsHoursMinutesAndSecondsOnlyWhenThereAreAny_WhenGivenBusinessTime(int hours, int minutes, int seconds, bool alwaysSeconds, string expected) =>
        Assert.Equal(expected, Durations.Format(new TimeSpan(hours, minutes, seconds), alwaysSeconds));

    [Fact]
    public void Format_SaysUnderOneSecond_WhenSpanIsAFractionOfASecond() =>
        Assert.Equal("under 1s", Durations.Format(TimeSpan.FromMilliseconds(300)));
}

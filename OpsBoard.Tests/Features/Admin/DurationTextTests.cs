using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Tests.Features.Admin;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("2h", 120)]
    [InlineData("30m", 30)]
    [InlineData("1h 30m", 90)]
    [InlineData("1h30m", 90)]
    [InlineData(" 100 hours ", 6000)]
    [InlineData("15 min", 15)]
    [InlineData("90m", 90)]
    [InlineData("1:30", 90)]
    [InlineData("0m", 0)]
    public void TryParse_ReadsHoursAndMinutes_WhenWrittenAsPeopleDo(string text, int minutes)
    {
        Assert.True(DurationText.TryParse(text, out var duration, out var problem), problem);
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two hours")]
    [InlineData("90")]
    [InlineData("1d")]
    [InlineData("-2h")]
    [InlineData("999999999h")]
    public void TryParse_SaysHowToWriteIt_WhenNotADuration(string text)
    {
        Assert.False(DurationText.TryParse(text, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Theory]
    [InlineData(15, "15m")]
    [InlineData(240, "4h")]
    [InlineData(90, "1h 30m")]
    [InlineData(1800, "30h")]
    public void Format_ShowsHoursAndMinutes_AsTheyAreEntered(int minutes, string text)
    {
        Assert.Equal(text, DurationText.Format(TimeSpan.FromMinutes(minutes)));
        Assert.True(DurationText.TryParse(text, out var back, out _));
        Assert.Equal(TimeSpan.FromMinutes(minutes), back);
    }
}

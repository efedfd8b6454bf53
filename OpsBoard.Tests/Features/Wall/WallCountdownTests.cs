using OpsBoard.Domain.Ola;
using OpsBoard.Web.Features.Wall;

namespace OpsBoard.Tests.Features.Wall;

public class WallCountdownTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(21 * 60 + 15, JeopardyState.OnTrack, "0:21:15")]
    [InlineData(23 * 3600 + 59 * 60 + 59, JeopardyState.OnTrack, "23:59:59")]
    [InlineData(24 * 3600, JeopardyState.OnTrack, "1d 00:00")]
    [InlineData(2 * 86400 + 3 * 3600 + 15 * 60 + 40, JeopardyState.OnTrack, "2d 03:15")]
    [InlineData(-(12 * 60 + 40), JeopardyState.Breached, "-0:12:40")]
    [InlineData(-(398 * 3600 + 27 * 60 + 46), JeopardyState.Breached, "-16d 14:27")]
    [InlineData(-30, JeopardyState.Jeopardy, "0:00:00")]
    public void Text_ReadsAsAWallClock_AndInDaysFromADay(int secondsToDue, JeopardyState state, string expected) =>
        Assert.Equal(expected, WallCountdown.Text(Now.AddSeconds(secondsToDue), state, Now));
}

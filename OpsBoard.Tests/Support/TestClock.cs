namespace OpsBoard.Tests.Support;

public static class TestClock
{
    /// <summary>Monday 30 November 2026, 09:00 UTC (09:00 in London): a working morning.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
}

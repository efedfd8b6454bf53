using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Domain.Ola;

public sealed class OlaClockTests
{
    private static readonly DateTimeOffset Nine = TestClock.MondayMorning;
    private static readonly BusinessCalendar AllHours = BusinessCalendar.TwentyFourSeven;
    private static readonly BusinessCalendar Office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();

    private static ClockFacts FourHours(params ClockPause[] pauses) =>
        new(Nine, TimeSpan.FromHours(4), JeopardyThresholds.Default, null, pauses);

    [Fact]
    public void Read_GivesUsedLeftStateDueAndNextTransition_WhenRunning()
    {
        var reading = OlaClock.Read(FourHours(), AllHours, Nine.AddHours(2));

        Assert.Equal(TimeSpan.FromHours(2), reading.Used);
        Assert.Equal(TimeSpan.FromHours(2), reading.Left);
        Assert.Equal(50, reading.PercentUsed);
        Assert.Equal(JeopardyState.Watch, reading.State);
        Assert.Equal(Nine.AddHours(4), reading.Due);
        Assert.Equal(Nine.AddHours(3), reading.NextTransitionAt);
        Assert.True(reading.IsRunning);
    }

    [Fact]
    public void Read_ChangesStateExactlyAtNextTransition()
    {
        var facts = FourHours();
        var next = OlaClock.Read(facts, AllHours, Nine.AddMinutes(10)).NextTransitionAt!.Value;

        Assert.Equal(JeopardyState.OnTrack, OlaClock.Read(facts, AllHours, next.AddTicks(-1)).State);
        Assert.Equal(JeopardyState.Watch, OlaClock.Read(facts, AllHours, next).State);
    }

    [Fact]
    public void Read_ExcludesPause_AndMovesDueLater()
    {
        var reading = OlaClock.Read(FourHours(new ClockPause(Nine.AddHours(1), Nine.AddHours(1.5), "AwaitingCaller", "Oliver Green")), AllHours, Nine.AddHours(2));

        Assert.Equal(TimeSpan.FromHours(1.5), reading.Used);
        Assert.Equal(Nine.AddHours(4.5), reading.Due);
    }

    [Fact]
    public void Read_HasNoDueOrTransition_WhilePaused()
    {
        var reading = OlaClock.Read(FourHours(new ClockPause(Nine.AddHours(1), null, "AwaitingSupplier", "Oliver Green")), AllHours, Nine.AddHours(3));

        Assert.True(reading.IsPaused);
        Assert.False(reading.IsRunning);
        Assert.Equal(TimeSpan.FromHours(1), reading.Used);
        Assert.Null(reading.Due);
        Assert.Null(reading.NextTransitionAt);
    }

    [Fact]
    public void Read_FreezesUsed_OnceStopped()
    {
        var facts = FourHours() with { StoppedAt = Nine.AddHours(1) };

        var reading = OlaClock.Read(facts, AllHours, Nine.AddDays(2));

        Assert.Equal(TimeSpan.FromHours(1), reading.Used);
        Assert.Equal(JeopardyState.OnTrack, reading.State);
        Assert.Null(reading.Due);
        Assert.Null(reading.NextTransitionAt);
    }

    [Fact]
    public void Read_KeepsBreachInstant_AfterBreach()
    {
        var reading = OlaClock.Read(FourHours(), AllHours, Nine.AddHours(6));

        Assert.Equal(JeopardyState.Breached, reading.State);
        Assert.Equal(Nine.AddHours(4), reading.Due);
        Assert.Equal(TimeSpan.Zero, reading.Left);
        Assert.Equal(150, reading.PercentUsed);
        Assert.Null(reading.NextTransitionAt);
    }

    [Fact]
    public void Read_CountsOnlyWorkingHours_OverNightsAndWeekends()
    {
        // Opened Friday 27 November 2026 at 16:00 with a 30-working-hour P3 resolution target.
        var friday = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero);
        var facts = new ClockFacts(friday, TimeSpan.FromHours(30), JeopardyThresholds.Default, null, []);

        var reading = OlaClock.Read(facts, Office, new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(4), reading.Used);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.Zero), reading.Due);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero), reading.NextTransitionAt);
    }

    [Fact]
    public void Read_ExcludesPauseSpanningNight_OnlyForItsWorkingHours()
    {
        // Paused from Monday 17:00 to Tuesday 10:00: only 1 working hour on Monday and 2 on Tuesday stand still.
        var facts = new ClockFacts(Nine, TimeSpan.FromHours(30), JeopardyThresholds.Default, null,
            [new ClockPause(Nine.AddHours(8), Nine.AddHours(25), "AwaitingCaller", "Oliver Green")]);

        var reading = OlaClock.Read(facts, Office, Nine.AddHours(26));

        Assert.Equal(TimeSpan.FromHours(8 + 1), reading.Used);
    }
}

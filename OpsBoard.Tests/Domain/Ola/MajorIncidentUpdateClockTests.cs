using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Ola;

/// <summary>A major incident's update-due clock: a jeopardy target like the others, met by each update.</summary>
public sealed class MajorIncidentUpdateClockTests
{
    private static readonly OlaPolicyBook Book = OlaPolicyBook.Default;
    private readonly TestCmdb cmdb = new();

    private static IReadOnlyList<OlaTarget> UpdateClocks(Record record) => [.. record.Clocks.Where(c => c.Kind == OlaTargetKind.MajorIncidentUpdate)];

    private Record Declared(int minutes = 30)
    {
        var record = cmdb.InStatus(Status.InProgress);
        RecordClocks.Reconcile(record, Book, "sweep", cmdb.Now);
        Assert.True(record.DeclareMajorIncident(cmdb.Resolver, TimeSpan.FromMinutes(minutes), null, "Duty manager", cmdb.Tick()).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", cmdb.Now);
        return record;
    }

    [Fact]
    public void Declare_StartsTheClock_DueOneIntervalLater_RoundTheClock()
    {
        var record = Declared(45);

        var clock = Assert.Single(UpdateClocks(record));
        Assert.Equal((cmdb.Now, TimeSpan.FromMinutes(45), OlaPolicy.TwentyFourSeven, 0), (clock.Start, clock.Target, clock.CalendarName, clock.Segment));
        Assert.Equal(cmdb.Now.AddMinutes(45), clock.Due);
        Assert.Null(clock.SupportGroupId);
    }

    [Theory]
    [InlineData(14, JeopardyState.OnTrack)]
    [InlineData(15, JeopardyState.Watch)]
    [InlineData(23, JeopardyState.Jeopardy)]
    [InlineData(30, JeopardyState.Breached)]
    public void Clock_MovesThroughJeopardy_AndRaisesAnAlert_WhenNoUpdateComes(int minutes, JeopardyState state)
    {
        var record = Declared();
        var declaredAt = cmdb.Now;

        var changes = RecordClocks.Evaluate(record, Book, "sweep", declaredAt.AddMinutes(minutes), UpdateClocks(record));

        Assert.Equal(state, UpdateClocks(record)[0].State);
        Assert.Equal(state >= JeopardyState.Jeopardy, changes.Any(c => c.RaisesAlertOn(record.IsOpen)));
    }

    [Fact]
    public void Update_MeetsTheClock_AndTheNextRunsFromTheUpdate()
    {
        var record = Declared();
        var updatedAt = cmdb.Tick(20);

        Assert.True(record.PostMajorIncidentUpdate("Supplier engaged; failover in progress", "Duty manager", updatedAt).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", updatedAt);

        var clocks = UpdateClocks(record);
        Assert.Equal(2, clocks.Count);
        Assert.Equal((StopReason.Met, updatedAt), (clocks[0].StopReason, clocks[0].StoppedAt));
        Assert.Equal((updatedAt, updatedAt.AddMinutes(30), true), (clocks[1].Start, clocks[1].Due, clocks[1].IsRunning));
        Assert.Empty(RecordClocks.Reconcile(record, Book, "Duty manager", updatedAt));
        Assert.Equal(2, UpdateClocks(record).Count);
    }

    [Fact]
    public void Clock_KeepsRunning_WhilePending_AndStops_WhenResolved_ThenRestartsFromTheReopening()
    {
        var record = Declared();
        Assert.True(record.Pend(PendingReason.AwaitingSupplier, "Duty manager", cmdb.Tick()).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", cmdb.Now);
        Assert.Empty(UpdateClocks(record)[0].Pauses);

        Assert.True(record.Resolve(ResolutionCode.Fixed, "Failed over", "Duty manager", cmdb.Tick()).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", cmdb.Now);
        Assert.Equal(StopReason.Resolved, UpdateClocks(record)[0].StopReason);

        var reopenedAt = cmdb.Tick(120);
        Assert.True(record.Reopen("It came back", "Duty manager", reopenedAt).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", reopenedAt);

        var next = UpdateClocks(record)[^1];
        Assert.Equal((reopenedAt, reopenedAt.AddMinutes(30), JeopardyState.OnTrack), (next.Start, next.Due, next.State));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(241)]
    public void Declare_IsRefused_ForAnIntervalOutsideFiveMinutesToFourHours(int minutes)
    {
        var record = cmdb.InStatus(Status.InProgress);

        var declared = record.DeclareMajorIncident(cmdb.Resolver, TimeSpan.FromMinutes(minutes), null, "Duty manager", cmdb.Tick());

        Assert.Equal("updateEveryMinutes", declared.Field);
        Assert.False(record.IsMajorIncident);
    }

    [Fact]
    public void Update_IsRefused_WithoutText_OrOnARecordThatIsNoMajorIncident()
    {
        var record = Declared();
        Assert.Equal("update", record.PostMajorIncidentUpdate("  ", "Duty manager", cmdb.Tick()).Field);
        Assert.Equal("INC0000001 is not a major incident; add a note instead.",
            cmdb.InStatus(Status.InProgress).PostMajorIncidentUpdate("News", "Duty manager", cmdb.Tick()).Reason);
    }

    [Fact]
    public void ChangeUpdateInterval_AppliesFromTheNextUpdate()
    {
        var record = Declared();
        Assert.True(record.ChangeUpdateInterval(TimeSpan.FromMinutes(60), "Duty manager", cmdb.Tick()).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", cmdb.Now);
        Assert.Equal(TimeSpan.FromMinutes(30), UpdateClocks(record)[0].Target);

        Assert.True(record.PostMajorIncidentUpdate("Stable; next update in an hour", "Duty manager", cmdb.Tick()).Succeeded);
        RecordClocks.Reconcile(record, Book, "Duty manager", cmdb.Now);

        Assert.Equal(TimeSpan.FromMinutes(60), UpdateClocks(record)[^1].Target);
        Assert.Equal("Updates are already due every 60 minutes.", record.ChangeUpdateInterval(TimeSpan.FromMinutes(60), "Duty manager", cmdb.Tick()).Reason);
    }
}

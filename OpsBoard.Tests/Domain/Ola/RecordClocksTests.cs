using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Ola;

public sealed class RecordClocksTests
{
    private static readonly OlaPolicyBook Book = OlaPolicyBook.Default;

    private static OlaTarget Clock(Record record, OlaTargetKind kind, int segment) =>
        record.Clocks.Single(c => c.Kind == kind && c.Segment == segment);

    [Fact]
    public void Reconcile_StartsSocSegmentAndRecordTarget_WhenOpened()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();

        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        Assert.Equal(3, record.Clocks.Count);
        Assert.All(record.Clocks, c => Assert.Equal(cmdb.Now, c.Start));
        Assert.Equal(TimeSpan.FromHours(2), Clock(record, OlaTargetKind.Response, 1).Target);
        Assert.Equal(TimeSpan.FromHours(30), Clock(record, OlaTargetKind.RecordResolution, 0).Target);
        Assert.Equal(cmdb.Now.AddHours(2), Clock(record, OlaTargetKind.Response, 1).Due);
        Assert.Equal(cmdb.Now.AddHours(1), Clock(record, OlaTargetKind.Response, 1).NextTransitionAt);
    }

    [Fact]
    public void Reconcile_IsIdempotent()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        var changes = RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        Assert.Empty(changes);
        Assert.Equal(3, record.Clocks.Count);
    }

    [Fact]
    public void Reconcile_RelaysSegment_WhenPassedOn_AndMeetsResponseOnAcknowledge()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        record.AssignTo(cmdb.SecondLine, null, TestCmdb.Analyst, cmdb.Tick(10));
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);
        var passedAt = cmdb.Now;
        record.Acknowledge(cmdb.Resolver.Name, cmdb.Tick(20));
        RecordClocks.Reconcile(record, Book, cmdb.Resolver.Name, cmdb.Now);

        Assert.Equal((StopReason.PassedOn, passedAt), (Clock(record, OlaTargetKind.Response, 1).StopReason!.Value, Clock(record, OlaTargetKind.Response, 1).StoppedAt!.Value));
        Assert.Equal(StopReason.PassedOn, Clock(record, OlaTargetKind.Resolution, 1).StopReason);
        Assert.Equal(cmdb.SecondLine.Id, Clock(record, OlaTargetKind.Response, 2).SupportGroupId);
        Assert.Equal(passedAt, Clock(record, OlaTargetKind.Response, 2).Start);
        Assert.Equal(StopReason.Met, Clock(record, OlaTargetKind.Response, 2).StopReason);
        Assert.True(Clock(record, OlaTargetKind.Resolution, 2).IsRunning);
        Assert.True(Clock(record, OlaTargetKind.RecordResolution, 0).IsRunning);
    }

    [Theory]
    [InlineData(PendingReason.AwaitingCaller, true)]
    [InlineData(PendingReason.AwaitingSupplier, true)]
    [InlineData(PendingReason.AwaitingChange, false)]
    public void Reconcile_PausesClocks_OnlyForReasonsThatStopThem(PendingReason reason, bool stops)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        var change = OpsBoard.Domain.Changes.Change.Request("Patch", null, cmdb.Resolver, "CHG0000001", TestCmdb.Analyst, cmdb.Now);
        Assert.True(record.Pend(reason, cmdb.Resolver.Name, cmdb.Tick(), change).Succeeded);
        RecordClocks.Reconcile(record, Book, cmdb.Resolver.Name, cmdb.Now);

        var resolution = record.Clocks.Single(c => c.Kind == OlaTargetKind.Resolution && c.IsRunning);
        Assert.Equal(stops, resolution.OpenPause is not null);
        Assert.Equal(stops, resolution.NextTransitionAt is null);

        record.Resume(cmdb.Resolver.Name, cmdb.Tick(30));
        RecordClocks.Reconcile(record, Book, cmdb.Resolver.Name, cmdb.Now);
        Assert.Null(resolution.OpenPause);
        Assert.NotNull(resolution.NextTransitionAt);
    }

    [Fact]
    public void Reconcile_StopsAll_OnResolve_AndReopenResumesRecordTargetWithNewSegment()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);
        record.Resolve(ResolutionCode.Fixed, "Fixed.", cmdb.Resolver.Name, cmdb.Tick());
        RecordClocks.Reconcile(record, Book, cmdb.Resolver.Name, cmdb.Now);
        Assert.All(record.Clocks, c => Assert.False(c.IsRunning));

        record.Reopen("Back again.", TestCmdb.Analyst, cmdb.Tick(60));
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        var recordTarget = Clock(record, OlaTargetKind.RecordResolution, 0);
        Assert.True(recordTarget.IsRunning);
        Assert.Contains(recordTarget.Pauses, p => p.Reason == "Resolved" && p.End == cmdb.Now);
        Assert.True(record.Clocks.Single(c => c.Kind == OlaTargetKind.Resolution && c.IsRunning).Segment > 1);
    }

    [Fact]
    public void Reconcile_ReportsCrossing_AndKeepsBreach_AfterResolve()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        var changes = RecordClocks.Reconcile(record, Book, "OLA sweep", cmdb.Now.AddHours(2));

        Assert.Contains(changes, c => c.Clock.Kind == OlaTargetKind.Response && c.From == JeopardyState.OnTrack && c.To == JeopardyState.Breached && c.RaisesAlertOn(recordIsOpen: true));
        record.Acknowledge(TestCmdb.Analyst, cmdb.Now.AddHours(3));
        record.Resolve(ResolutionCode.AdviceGiven, "Advice given.", TestCmdb.Analyst, cmdb.Now.AddHours(3));
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now.AddHours(3));
        Assert.Equal(cmdb.Now.AddHours(2), Clock(record, OlaTargetKind.Response, 1).BreachedAt);
        Assert.Contains(record.History, h => h.Field == "Response clock" && h.NewValue == "Breached");
    }

    [Fact]
    public void Reconcile_AppliesNewPriorityTargets_ToRunningClocks()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        record.Reclassify(Impact.High, Urgency.High, PriorityMatrix.Default, TestCmdb.Analyst, cmdb.Tick());
        RecordClocks.Reconcile(record, Book, TestCmdb.Analyst, cmdb.Now);

        Assert.Equal(TimeSpan.FromMinutes(15), Clock(record, OlaTargetKind.Response, 1).Target);
        Assert.Equal(OlaPolicy.TwentyFourSeven, Clock(record, OlaTargetKind.Response, 1).CalendarName);
        Assert.Equal(TimeSpan.FromHours(4), Clock(record, OlaTargetKind.RecordResolution, 0).Target);
    }
}

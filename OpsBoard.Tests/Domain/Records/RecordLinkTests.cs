using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Domain.Changes;
using OpsBoard.Tests.Domain.Problems;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordLinkTests
{
    [Theory]
    [InlineData(Status.New)]
    [InlineData(Status.InProgress)]
    [InlineData(Status.Closed)]
    [InlineData(Status.Cancelled)]
    public void LinkProblem_WritesBothHistories_InAnyStatus(Status status)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(status);
        var problem = ProblemTests.Open(cmdb);

        var outcome = record.LinkProblem(problem, TestCmdb.Analyst, cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Same(problem, record.Problem);
        Assert.Contains(record.History, h => h.Field == "Problem" && h.NewValue == "linked PRB0000001");
        Assert.Contains(problem.History, h => h.Field == Problem.LinkedRecordField && h.NewValue == record.Number);
    }

    [Fact]
    public void LinkProblem_RefusesASecondProblem_AndChangesNothing()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var first = ProblemTests.Open(cmdb);
        record.LinkProblem(first, TestCmdb.Analyst, cmdb.Tick());
        var second = Problem.Open("Another cause", null, cmdb.Resolver, Problem.FormatNumber(2), TestCmdb.Analyst, cmdb.Now);
        var before = (record.History.Count, second.History.Count);

        var outcome = record.LinkProblem(second, TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal("INC0000001 is already linked to PRB0000001; a record links to one problem, so unlink that one first.", outcome.Reason);
        Assert.Same(first, record.Problem);
        Assert.Equal(before, (record.History.Count, second.History.Count));
    }

    [Theory]
    [InlineData(ProblemStatus.Closed, false)]
    [InlineData(ProblemStatus.Resolved, true)]
    [InlineData(ProblemStatus.KnownError, true)]
    public void LinkProblem_OnlyToAnOpenProblem(ProblemStatus status, bool links)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        var outcome = record.LinkProblem(ProblemTests.InStatus(cmdb, status), TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal(links, outcome.Succeeded);
        Assert.Equal(links, record.Problem is not null);
    }

    [Fact]
    public void UnlinkProblem_WritesBothHistories_AndIsRefusedWhenNoneIsLinked()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var problem = ProblemTests.Open(cmdb);
        record.LinkProblem(problem, TestCmdb.Analyst, cmdb.Tick());

        Assert.True(record.UnlinkProblem(TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        Assert.Null(record.Problem);
        Assert.Contains(problem.History, h => h.Field == Problem.LinkedRecordField && h.OldValue == record.Number && h.NewValue is null);
        Assert.Equal("INC0000001 is not linked to a problem.", record.UnlinkProblem(TestCmdb.Analyst, cmdb.Tick()).Reason);
    }

    [Theory]
    [InlineData(ChangeStatus.Requested, true)]
    [InlineData(ChangeStatus.Scheduled, true)]
    [InlineData(ChangeStatus.Implemented, true)]
    [InlineData(ChangeStatus.Closed, false)]
    [InlineData(ChangeStatus.Cancelled, false)]
    public void LinkChange_ToAnyChangeStillGoingAhead_ManyPerRecord(ChangeStatus status, bool links)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        record.LinkChange(ChangeTests.InStatus(cmdb, ChangeStatus.Approved, 7), TestCmdb.Analyst, cmdb.Tick());

        var outcome = record.LinkChange(ChangeTests.InStatus(cmdb, status, 8), TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal(links, outcome.Succeeded);
        Assert.Equal(links ? 2 : 1, record.Changes.Count);
    }

    [Fact]
    public void LinkChange_RefusesTheSameChangeTwice()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var change = ChangeTests.Request(cmdb);
        record.LinkChange(change, TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal("INC0000001 is already linked to CHG0000001.", record.LinkChange(change, TestCmdb.Analyst, cmdb.Tick()).Reason);
        Assert.Single(record.Changes);
    }

    [Fact]
    public void PendAwaitingChange_WithoutAChange_IsRefused()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var before = record.History.Count;

        var outcome = record.Pend(PendingReason.AwaitingChange, cmdb.Resolver.Name, cmdb.Tick());

        Assert.Equal("Name the change the record is waiting for: one of its linked changes, or a change number.", outcome.Reason);
        Assert.Equal("changeNumber", outcome.Field);
        Assert.Equal(Status.InProgress, record.Status);
        Assert.Equal(before, record.History.Count);
    }

    [Theory]
    [InlineData(ChangeStatus.Implemented)]
    [InlineData(ChangeStatus.Cancelled)]
    public void PendAwaitingChange_OnAChangeNoLongerToCome_IsRefused(ChangeStatus status)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        var outcome = record.Pend(PendingReason.AwaitingChange, cmdb.Resolver.Name, cmdb.Tick(), ChangeTests.InStatus(cmdb, status));

        Assert.False(outcome.Succeeded);
        Assert.Equal(Status.InProgress, record.Status);
        Assert.Empty(record.Changes);
    }

    [Fact]
    public void PendAwaitingChange_LinksTheChange_AndResumeClearsIt()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var change = ChangeTests.InStatus(cmdb, ChangeStatus.Scheduled);

        Assert.True(record.Pend(PendingReason.AwaitingChange, cmdb.Resolver.Name, cmdb.Tick(), change).Succeeded);
        Assert.Same(change, record.AwaitingChange);
        Assert.Same(change, Assert.Single(record.Changes));
        Assert.Contains(record.History, h => h.Field == Record.AwaitingChangeField && h.NewValue == "CHG0000001");
        // The change it waits for stays linked until the record stops waiting.
        Assert.False(record.UnlinkChange(change, cmdb.Resolver.Name, cmdb.Tick()).Succeeded);

        Assert.True(record.Resume(cmdb.Resolver.Name, cmdb.Tick()).Succeeded);
        Assert.Null(record.AwaitingChange);
        Assert.Contains(record.History, h => h.Field == Record.AwaitingChangeField && h.OldValue == "CHG0000001" && h.NewValue is null);
        Assert.True(record.UnlinkChange(change, cmdb.Resolver.Name, cmdb.Tick()).Succeeded);
        Assert.Empty(record.Changes);
        Assert.Contains(change.History, h => h.Field == Change.LinkedRecordField && h.OldValue == record.Number);
    }

    [Fact]
    public void PendAwaitingCaller_IgnoresAnyChange()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        Assert.True(record.Pend(PendingReason.AwaitingCaller, cmdb.Resolver.Name, cmdb.Tick(), ChangeTests.Request(cmdb)).Succeeded);
        Assert.Null(record.AwaitingChange);
        Assert.Empty(record.Changes);
    }
}

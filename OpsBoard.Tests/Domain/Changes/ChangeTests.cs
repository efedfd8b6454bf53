using OpsBoard.Domain.Records;
using OpsBoard.Domain.Changes;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Changes;

public sealed class ChangeTests
{
    // The lifecycle written out independently of ChangeMachine: (from, action) -> resulting status.
    private static readonly Dictionary<(ChangeStatus, ChangeAction), ChangeStatus> Expected = new()
    {
        [(ChangeStatus.Requested, ChangeAction.Approve)] = ChangeStatus.Approved,
        [(ChangeStatus.Requested, ChangeAction.Cancel)] = ChangeStatus.Cancelled,
        [(ChangeStatus.Approved, ChangeAction.Schedule)] = ChangeStatus.Scheduled,
        [(ChangeStatus.Approved, ChangeAction.Cancel)] = ChangeStatus.Cancelled,
        [(ChangeStatus.Scheduled, ChangeAction.Schedule)] = ChangeStatus.Scheduled,
        [(ChangeStatus.Scheduled, ChangeAction.Implement)] = ChangeStatus.Implemented,
        [(ChangeStatus.Scheduled, ChangeAction.Cancel)] = ChangeStatus.Cancelled,
        [(ChangeStatus.Implemented, ChangeAction.Close)] = ChangeStatus.Closed,
    };

    public static TheoryData<ChangeStatus, ChangeAction> EveryStatusAndAction()
    {
        var data = new TheoryData<ChangeStatus, ChangeAction>();
        foreach (var status in Enum.GetValues<ChangeStatus>())
        {
            foreach (var action in Enum.GetValues<ChangeAction>()) data.Add(status, action);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Action_FollowsLifecycle_FromEveryStatus(ChangeStatus from, ChangeAction action)
    {
        var cmdb = new TestCmdb();
        var change = InStatus(cmdb, from);
        var historyBefore = change.History.Count;

        var outcome = Apply(change, action, cmdb);

        if (Expected.TryGetValue((from, action), out var to))
        {
            Assert.True(outcome.Succeeded, outcome.Reason);
            Assert.Equal(to, change.Status);
            Assert.True(change.History.Count > historyBefore, "An allowed change must be written to the history.");
        }
        else
        {
            Assert.False(outcome.Succeeded);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
            Assert.Equal(from, change.Status);
            Assert.Equal(historyBefore, change.History.Count);
            Assert.DoesNotContain(action, ChangeMachine.AllowedActions(from));
        }
    }

    [Theory]
    [InlineData(null, 60, "plannedStart")]
    [InlineData(0, null, "plannedEnd")]
    [InlineData(0, 0, "plannedEnd")]
    [InlineData(60, 0, "plannedEnd")]
    public void Schedule_NeedsAWindowThatEndsAfterItStarts(int? startMinutes, int? endMinutes, string field)
    {
        var cmdb = new TestCmdb();
        var change = InStatus(cmdb, ChangeStatus.Approved);
        var before = change.History.Count;

        var outcome = change.Schedule(At(cmdb, startMinutes), At(cmdb, endMinutes), TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal(field, outcome.Field);
        Assert.Equal(ChangeStatus.Approved, change.Status);
        Assert.Null(change.PlannedStart);
        Assert.Equal(before, change.History.Count);
    }

    [Theory]
    [InlineData(ChangeStatus.Requested, ChangeAction.Schedule, "Approve the change before scheduling it.")]
    [InlineData(ChangeStatus.Implemented, ChangeAction.Cancel, "An Implemented change cannot be cancelled; close it, or raise a new change to back it out.")]
    [InlineData(ChangeStatus.Approved, ChangeAction.Implement, "Only a Scheduled change can be implemented; this change is Approved: schedule it first.")]
    [InlineData(ChangeStatus.Cancelled, ChangeAction.Approve, "A Cancelled change cannot be changed; raise a new change if the work is still needed.")]
    public void Check_ExplainsRefusal_InWordsAPersonUnderstands(ChangeStatus status, ChangeAction action, string reason) =>
        Assert.Equal(reason, ChangeMachine.Check(status, action).Reason);

    [Fact]
    public void Cancel_NeedsAReason()
    {
        var cmdb = new TestCmdb();
        var change = InStatus(cmdb, ChangeStatus.Scheduled);

        var outcome = change.Cancel(" ", TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal("note", outcome.Field);
        Assert.Equal(ChangeStatus.Scheduled, change.Status);
    }

    private static DateTimeOffset? At(TestCmdb cmdb, int? minutes) => minutes is { } m ? cmdb.Now.AddDays(1).AddMinutes(m) : null;

    public static Change Request(TestCmdb cmdb, int sequence = 1) =>
        Change.Request("Patch Spine message handler", "Vendor patch 4.2.1", cmdb.Resolver, Change.FormatNumber(sequence), TestCmdb.Analyst, cmdb.Now);

    /// <summary>A change walked to the given status through the real methods.</summary>
    public static Change InStatus(TestCmdb cmdb, ChangeStatus status, int sequence = 1)
    {
        var change = Request(cmdb, sequence);
        if (status == ChangeStatus.Requested) return change;
        if (status == ChangeStatus.Cancelled)
        {
            Must(change.Cancel("Superseded by a vendor fix.", TestCmdb.Analyst, cmdb.Tick()));
            return change;
        }
        Must(change.Approve(TestCmdb.Analyst, cmdb.Tick()));
        if (status == ChangeStatus.Approved) return change;
        Must(change.Schedule(cmdb.Now.AddDays(1), cmdb.Now.AddDays(1).AddHours(2), TestCmdb.Analyst, cmdb.Tick()));
        if (status == ChangeStatus.Scheduled) return change;
        Must(change.Implement(TestCmdb.Analyst, cmdb.Tick()));
        if (status == ChangeStatus.Implemented) return change;
        Must(change.Close(TestCmdb.Analyst, cmdb.Tick()));
        return change;
    }

    private static Outcome Apply(Change change, ChangeAction action, TestCmdb cmdb) => action switch
    {
        ChangeAction.Approve => change.Approve(TestCmdb.Analyst, cmdb.Tick()),
        // Another window than the one InStatus schedules, so a re-schedule is a real change.
        ChangeAction.Schedule => change.Schedule(cmdb.Now.AddDays(2), cmdb.Now.AddDays(2).AddHours(1), TestCmdb.Analyst, cmdb.Tick()),
        ChangeAction.Implement => change.Implement(TestCmdb.Analyst, cmdb.Tick()),
        ChangeAction.Close => change.Close(TestCmdb.Analyst, cmdb.Tick()),
        ChangeAction.Cancel => change.Cancel("No longer needed.", TestCmdb.Analyst, cmdb.Tick()),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static void Must(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.Reason);
}

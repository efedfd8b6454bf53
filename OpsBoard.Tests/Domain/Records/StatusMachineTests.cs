using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class StatusMachineTests
{
    // PROCESS.md's lifecycle written out independently of the implementation: (from, action) -> resulting status.
    private static readonly Dictionary<(Status, RecordAction), Status> Expected = new()
    {
        [(Status.New, RecordAction.Assign)] = Status.Assigned,
        [(Status.New, RecordAction.Acknowledge)] = Status.InProgress,
        [(Status.New, RecordAction.Cancel)] = Status.Cancelled,
        [(Status.Assigned, RecordAction.Assign)] = Status.Assigned,
        [(Status.Assigned, RecordAction.Acknowledge)] = Status.InProgress,
        [(Status.Assigned, RecordAction.Cancel)] = Status.Cancelled,
        [(Status.InProgress, RecordAction.Assign)] = Status.Assigned,
        [(Status.InProgress, RecordAction.Pend)] = Status.Pending,
        [(Status.InProgress, RecordAction.Resolve)] = Status.Resolved,
        [(Status.InProgress, RecordAction.Cancel)] = Status.Cancelled,
        [(Status.Pending, RecordAction.Assign)] = Status.Assigned,
        [(Status.Pending, RecordAction.Resume)] = Status.InProgress,
        [(Status.Pending, RecordAction.Resolve)] = Status.Resolved,
        [(Status.Pending, RecordAction.Cancel)] = Status.Cancelled,
        [(Status.Resolved, RecordAction.Reopen)] = Status.InProgress,
        [(Status.Resolved, RecordAction.Close)] = Status.Closed,
    };

    private static readonly RecordAction[] StatusChanging =
        [RecordAction.Assign, RecordAction.Acknowledge, RecordAction.Pend, RecordAction.Resume, RecordAction.Resolve, RecordAction.Reopen, RecordAction.Cancel, RecordAction.Close];

    public static TheoryData<Status, RecordAction> EveryStatusAndAction()
    {
        var data = new TheoryData<Status, RecordAction>();
        foreach (var status in Enum.GetValues<Status>())
        {
            foreach (var action in StatusChanging)
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Action_FollowsLifecycle_FromEveryStatus(Status from, RecordAction action)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(from);
        var historyBefore = record.History.Count;

        var outcome = Apply(record, action, cmdb);

        if (Expected.TryGetValue((from, action), out var to))
        {
            Assert.True(outcome.Succeeded, outcome.Reason);
            Assert.Equal(to, record.Status);
            Assert.True(record.History.Count > historyBefore, "An allowed change must be written to the history.");
            Assert.Contains(action, record.AllowedActions.Concat(StatusMachine.AllowedActions(from)));
        }
        else
        {
            Assert.False(outcome.Succeeded);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
            Assert.Equal(from, record.Status);
            Assert.Equal(historyBefore, record.History.Count);
            Assert.DoesNotContain(action, StatusMachine.AllowedActions(from));
        }
    }

    [Theory]
    [InlineData(Status.Closed, RecordAction.Reopen, "A Closed record cannot be reopened; raise a new incident.")]
    [InlineData(Status.New, RecordAction.Pend, "Acknowledge the record before setting it Pending.")]
    [InlineData(Status.Assigned, RecordAction.Resolve, "Acknowledge the record before resolving it.")]
    [InlineData(Status.InProgress, RecordAction.Close, "Only a Resolved record can be closed; this record is In progress: resolve it first.")]
    [InlineData(Status.Resolved, RecordAction.Assign, "A Resolved record must be reopened before you can assign it.")]
    [InlineData(Status.Cancelled, RecordAction.Acknowledge, "A Cancelled record cannot be changed; raise a new record if the work is still needed.")]
    public void Check_ExplainsRefusal_InWordsAPersonUnderstands(Status status, RecordAction action, string reason) =>
        Assert.Equal(reason, StatusMachine.Check(status, action).Reason);

    [Fact]
    public void Pend_RequiresKnownReason()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        var outcome = record.Pend((PendingReason)42, TestCmdb.Analyst, cmdb.Tick());

        Assert.False(outcome.Succeeded);
        Assert.Equal("pendingReason", outcome.Field);
        Assert.Equal(Status.InProgress, record.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Resolve_RequiresNote(string? note)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        var outcome = record.Resolve(ResolutionCode.Fixed, note, cmdb.Resolver.Name, cmdb.Tick());

        Assert.False(outcome.Succeeded);
        Assert.Equal("note", outcome.Field);
        Assert.Null(record.ResolutionCode);
        Assert.Equal(Status.InProgress, record.Status);
    }

    [Fact]
    public void Reopen_CountsReopen_AndClearsResolvedTime()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.Resolved);

        record.Reopen("Caller says the fault is back.", TestCmdb.Analyst, cmdb.Tick());
        record.Resolve(ResolutionCode.Fixed, "Replaced the failing node.", cmdb.Resolver.Name, cmdb.Tick());
        record.Reopen("Back again after the weekend.", TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal(2, record.ReopenCount);
        Assert.Equal(Status.InProgress, record.Status);
        Assert.Null(record.ResolvedAt);
    }

    [Fact]
    public void Resume_ClearsPendingReason()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.Pending);
        Assert.Equal(PendingReason.AwaitingCaller, record.PendingReason);

        record.Resume(cmdb.Resolver.Name, cmdb.Tick());

        Assert.Null(record.PendingReason);
        Assert.Contains(record.History, h => h.Field == "Pending reason" && h.OldValue == "AwaitingCaller" && h.NewValue is null);
    }

    private static Outcome Apply(Record record, RecordAction action, TestCmdb cmdb) => action switch
    {
        // Assigning always targets another group, so it is a real change wherever it is allowed.
        RecordAction.Assign => record.AssignTo(record.AssignmentGroup == cmdb.ThirdLine ? cmdb.SecondLine : cmdb.ThirdLine, null, TestCmdb.Analyst, cmdb.Tick()),
        RecordAction.Acknowledge => record.Acknowledge(cmdb.Resolver.Name, cmdb.Tick()),
        RecordAction.Pend => record.Pend(PendingReason.AwaitingSupplier, cmdb.Resolver.Name, cmdb.Tick()),
        RecordAction.Resume => record.Resume(cmdb.Resolver.Name, cmdb.Tick()),
        RecordAction.Resolve => record.Resolve(ResolutionCode.Workaround, "Failed over to the standby.", cmdb.Resolver.Name, cmdb.Tick()),
        RecordAction.Reopen => record.Reopen("Caller rang back: still broken.", TestCmdb.Analyst, cmdb.Tick()),
        RecordAction.Cancel => record.Cancel("Raised in error.", TestCmdb.Analyst, cmdb.Tick()),
        RecordAction.Close => record.Close(TestCmdb.Analyst, cmdb.Tick()),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}

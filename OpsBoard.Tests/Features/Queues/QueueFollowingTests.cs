using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Queues;

namespace OpsBoard.Tests.Features.Queues;

public sealed class QueueFollowingTests
{
    private const int Group = 7;
    private const int OtherGroup = 8;
    private const int Service = 3;

    private static readonly BoardEvent Change = new(BoardEventType.RecordChanged, "INC0000042", TestClock.MondayMorning, RecordKind.Incident,
        Group, null, Service, Priority.P3, Status.InProgress);

    public static TheoryData<string, QueueFilter, BoardEvent, bool> Cases => new()
    {
        { "no filter", new QueueFilter(), Change, true },
        { "its group", new QueueFilter { GroupId = Group }, Change, true },
        { "another group", new QueueFilter { GroupId = OtherGroup }, Change, false },
        { "passed on by the filtered group", new QueueFilter { GroupId = OtherGroup }, Change with { PreviousGroupId = OtherGroup }, true },
        { "its service", new QueueFilter { ServiceId = Service }, Change, true },
        { "another service", new QueueFilter { ServiceId = Service + 1 }, Change, false },
        { "another kind", new QueueFilter { Kind = RecordKind.Event }, Change, false },
        // The event does not say what status, priority or title the record had, so it may have just left these filters.
        { "status it just left", new QueueFilter { Status = Status.Assigned }, Change, true },
        { "priority it just left", new QueueFilter { Priority = Priority.P1 }, Change, true },
        { "open only, now resolved", new QueueFilter { OpenOnly = true }, Change with { Status = Status.Resolved }, true },
        { "created in its group", new QueueFilter { GroupId = Group }, Change with { Type = BoardEventType.RecordCreated }, true },
        { "a clock crossing", new QueueFilter(), Change with { Type = BoardEventType.ClockStateChanged }, false },
        { "an alert raised", new QueueFilter(), Change with { Type = BoardEventType.AlertRaised }, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Follows_TellsWhetherRecordIsOrWasOnFilter(string because, QueueFilter filter, BoardEvent change, bool follows) =>
        Assert.True(filter.Follows(change) == follows, $"{because}: expected {(follows ? "to follow" : "not to follow")} {change}");
}

using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Queues;

/// <summary>Which committed changes a queue with a given filter must hear of to stay right: its rows, their order and its count.</summary>
public static class QueueFollowing
{
    /// <summary>
    /// Whether the record <paramref name="change"/> tells of is, or was until this change, among the records the filter lists.
    /// Only what the event says both before and after the change narrows it: the group (holding it, or just passing it on),
    /// the service and the kind, which never change. Status, priority and title may have changed from values the event does
    /// not carry, so a filter on them cannot rule a change out. Clock and alert events change no column of the queue.
    /// </summary>
    public static bool Follows(this QueueFilter filter, BoardEvent change) =>
        change.Type is BoardEventType.RecordCreated or BoardEventType.RecordChanged
        && (filter.Kind is null || filter.Kind == change.Kind)
        && BoardFilter.Of(filter.GroupId is { } group ? [group] : [], filter.ServiceId is { } service ? [service] : []).Matches(change);
}

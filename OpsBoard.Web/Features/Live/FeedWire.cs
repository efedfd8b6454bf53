using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// One node's <see cref="FeedNews"/> as other nodes read it on Redis, tagged with the node that published it.
/// Its events carry <see cref="BoardEvent.Restricted"/>, which <see cref="BoardEvent"/> keeps out of JSON for clients.
/// </summary>
public sealed record FeedWire(Guid Node, IReadOnlyList<FeedWire.Event>? Events, DateTimeOffset? Beat)
{
    public static FeedWire Of(ThisNode node, FeedNews news) => new(node.Id, news.Events?.Select(Event.Of).ToList(), news.Beat);

    public IReadOnlyList<BoardEvent> BoardEvents => Events?.Select(e => e.ToBoardEvent()).ToList() ?? [];

    public sealed record Event(
        BoardEventType Type,
        string Number,
        DateTimeOffset At,
        RecordKind Kind,
        int GroupId,
        int? PreviousGroupId,
        int ServiceId,
        Priority Priority,
        Status Status,
        JeopardyState? State,
        OlaTargetKind? Clock,
        bool Restricted)
    {
        public static Event Of(BoardEvent e) =>
            new(e.Type, e.Number, e.At, e.Kind, e.GroupId, e.PreviousGroupId, e.ServiceId, e.Priority, e.Status, e.State, e.Clock, e.Restricted);

        public BoardEvent ToBoardEvent() =>
            new(Type, Number, At, Kind, GroupId, PreviousGroupId, ServiceId, Priority, Status, State, Clock, Restricted);
    }
}

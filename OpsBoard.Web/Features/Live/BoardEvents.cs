using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Live;

/// <summary>The events one change to a record publishes: the change itself, then each clock's new state and each alert raised.</summary>
public static class BoardEvents
{
    public static IReadOnlyList<BoardEvent> Of(BoardEventType type, Record record, IReadOnlyList<ClockChange> clocks, DateTimeOffset at, int? previousGroupId = null)
    {
        var change = BoardEvent.Of(type, record, at, previousGroupId);
        return [change, .. Clocks(change, clocks, record.IsOpen)];
    }

    /// <summary>ClockStateChanged for each change, then AlertRaised for each that raised an alert.</summary>
    public static IEnumerable<BoardEvent> Clocks(BoardEvent record, IReadOnlyList<ClockChange> clocks, bool recordIsOpen) =>
        clocks.Select(c => record.For(BoardEventType.ClockStateChanged, c))
            .Concat(clocks.Where(c => c.RaisesAlertOn(recordIsOpen)).Select(c => record.For(BoardEventType.AlertRaised, c)));
}

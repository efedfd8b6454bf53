using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Ola;

/// <summary>Brings a record's clocks up to date in the caller's unit of work and raises an alert for each crossing into Jeopardy or Breached.</summary>
public static class ClockKeeper
{
    public static IReadOnlyList<ClockChange> Keep(OpsBoardDb db, Record record, OlaPolicyBook book, string by, DateTimeOffset now) =>
        RaiseAlerts(db, record, RecordClocks.Reconcile(record, book, by, now), now);

    public static IReadOnlyList<ClockChange> RaiseAlerts(OpsBoardDb db, Record record, IReadOnlyList<ClockChange> changes, DateTimeOffset now)
    {
        foreach (var change in changes.Where(c => c.RaisesAlertOn(record.IsOpen)))
        {
            db.JeopardyAlerts.Add(new JeopardyAlert(record, change.Clock, now));
        }
        return changes;
    }
}

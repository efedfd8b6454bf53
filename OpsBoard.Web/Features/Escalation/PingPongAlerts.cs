using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>
/// Raises a record's ping-pong alert in the caller's unit of work when a change passed it to another group once too often
/// (<see cref="Record.RaisePingPong"/>). Every change of group by a person or an alert response goes through
/// <c>RecordActionService.ChangeAsync</c>, which calls this.
/// </summary>
public static class PingPongAlerts
{
    public static async Task<JeopardyAlert?> RaiseAsync(OpsBoardDb db, Record record, int allowedPasses, string by, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await db.History.AsNoTracking()
            .Where(h => h.RecordId == record.Id && h.Field == Record.AssignmentGroupField)
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            .ToListAsync(ct);
        var raised = await db.JeopardyAlerts.AnyAsync(a => a.RecordId == record.Id && a.Reason == AlertReason.PingPong, ct);
        if (raised) return null;
        // Tracked, so the record's Service navigation is fixed up with its manager, who the alert is for.
        var service = await db.Services.Include(s => s.ServiceManager).SingleAsync(s => s.Id == record.ServiceId, ct);
        var alert = record.RaisePingPong(stored, allowedPasses, raised, service.ServiceManager?.Name, by, now);
        if (alert is not null) db.JeopardyAlerts.Add(alert);
        return alert;
    }
}

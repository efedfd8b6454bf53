using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Jeopardy;

/// <summary>
/// A service manager's response to a jeopardy alert, in one unit of work on the alert's record (through
/// <see cref="RecordActionService.ChangeAsync"/>): the record's change, its history and the alert's acknowledgement
/// are saved together, then RecordChanged and AlertAcknowledged are published. A refusal changes neither.
/// </summary>
public sealed class AlertActionService(IDbContextFactory<OpsBoardDb> dbs, RecordActionService records)
{
    /// <summary>A person's response: an alert on a security incident they may not see is not found, and nothing changes.</summary>
    public Task<ChangeResult> ActAsync(long alertId, AlertActionRequest request, Actor actor, CancellationToken ct = default) =>
        ActAsync(alertId, request, actor.Name, actor.User, ct);

    public Task<ChangeResult> ActAsync(long alertId, AlertActionRequest request, string by, CancellationToken ct = default) =>
        ActAsync(alertId, request, by, viewer: null, ct);

    private async Task<ChangeResult> ActAsync(long alertId, AlertActionRequest request, string by, ClaimsPrincipal? viewer, CancellationToken ct)
    {
        if (!Enum.IsDefined(request.Response))
        {
            return Invalid("response", $"Say what was done: one of {string.Join(", ", Enum.GetNames<AlertResponse>())}.");
        }
        if (string.IsNullOrWhiteSpace(request.Note))
        {
            return Invalid("note", "Enter a note of the action taken: reassigned, escalated, chased the supplier or accepted the risk.");
        }
        string? number;
        var seesAll = viewer is null || SecurityIncidents.CanSee(viewer);
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            number = await db.JeopardyAlerts.Where(a => a.Id == alertId)
                .Where(a => seesAll || !a.Record!.IsSecurityIncident)
                .Select(a => a.Record!.Number).SingleOrDefaultAsync(ct);
        }
        if (number is null) return NotFound(alertId);
        return await records.ChangeAsync(number, by, viewer, async (db, record, now) =>
        {
            var alert = await db.JeopardyAlerts.SingleAsync(a => a.Id == alertId, ct);
            if (alert.IsOpen && alert.CanRespond(request.Response) is { Succeeded: false } unfit) return unfit;
            return request.Response switch
            {
                AlertResponse.Reassign => await ReassignAsync(db, record, alert, request, by, now, ct),
                AlertResponse.Escalate => await EscalateAsync(db, record, alert, request, by, now, ct),
                AlertResponse.EscalateToServiceManager => await EscalateToServiceManagerAsync(db, record, alert, request, by, now, ct),
                AlertResponse.Chase => record.Chase(alert, request.Note, by, now),
                _ => record.AcknowledgeAlert(alert, AlertResponse.Acknowledge, request.Note, by, now),
            };
        }, ct);
    }

    public static ChangeResult NotFound(long alertId) => new(null, ChangeFailure.NotFound,
        new Dictionary<string, string> { ["alert"] = $"There is no jeopardy alert {alertId}; GET /api/alerts lists the open ones." });

    /// <summary>The existing Assign action, then the acknowledgement; checked first, so a refused acknowledgement assigns nothing.</summary>
    private static async Task<Outcome> ReassignAsync(OpsBoardDb db, Record record, JeopardyAlert alert, AlertActionRequest request, string by, DateTimeOffset now, CancellationToken ct)
    {
        var check = record.CanAcknowledge(alert, request.Note);
        if (!check.Succeeded) return check;
        var assign = new RecordActionRequest { Action = RecordAction.Assign, GroupId = request.GroupId, AssigneeId = request.AssigneeId };
        var assigned = await RecordActionService.AssignAsync(db, record, assign, by, now, ct);
        return assigned.Succeeded ? record.AcknowledgeAlert(alert, AlertResponse.Reassign, request.Note, by, now) : assigned;
    }

    private static async Task<Outcome> EscalateAsync(OpsBoardDb db, Record record, JeopardyAlert alert, AlertActionRequest request, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (request.GroupId is not { } groupId) return Outcome.Refused($"Pick the line {record.SupportLine + 1} group to escalate to.", "groupId");
        var group = await db.SupportGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, ct);
        return group is null
            ? Outcome.Refused($"There is no support group with id {groupId}.", "groupId")
            : record.Escalate(alert, group, request.Note, by, now);
    }

    private static async Task<Outcome> EscalateToServiceManagerAsync(OpsBoardDb db, Record record, JeopardyAlert alert, AlertActionRequest request, string by, DateTimeOffset now, CancellationToken ct)
    {
        // Tracked, so the record's Service navigation is fixed up with its manager.
        await db.Services.Include(s => s.ServiceManager).SingleAsync(s => s.Id == record.ServiceId, ct);
        return record.EscalateToServiceManager(alert, request.Note, by, now);
    }

    private static ChangeResult Invalid(string field, string reason) => ChangeResult.Invalid(new Dictionary<string, string> { [field] = reason });
}

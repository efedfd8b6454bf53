using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Domain.Records;

/// <summary>
/// What a service manager does about a jeopardy alert on this record. Each response needs a note of the action
/// taken, goes into the history and acknowledges the alert with that note; a refusal changes neither.
/// </summary>
public sealed partial class Record
{
    public const string AlertField = "Jeopardy alert";

    /// <summary>Whether <paramref name="alert"/> may be acknowledged with <paramref name="note"/>: it is this record's, still open, and the note says what was done.</summary>
    public Outcome CanAcknowledge(JeopardyAlert alert, string? note)
    {
        if (!ReferenceEquals(alert.Record, this) && (Id == 0 || alert.RecordId != Id))
        {
            return Outcome.Refused($"That alert is on another record, not {Number}.", "alert");
        }
        var check = alert.CanAcknowledge(note);
        if (!check.Succeeded) return check;
        return note!.Length > RecordDetails.MaxTextLength
            ? Outcome.Refused($"The note is {note.Length:N0} characters; the most is {RecordDetails.MaxTextLength:N0}.", "note")
            : Outcome.Done;
    }

    /// <summary>
    /// Acknowledges <paramref name="alert"/> after <paramref name="response"/> and writes it into the history.
    /// Call it last: once the response's own change has been made, or to acknowledge and do nothing more.
    /// </summary>
    public Outcome AcknowledgeAlert(JeopardyAlert alert, AlertResponse response, string? note, string by, DateTimeOffset now)
    {
        var check = CanAcknowledge(alert, note);
        if (!check.Succeeded) return check;
        alert.Acknowledge($"{Describe(response)}: {note!.Trim()}", by, now);
        Write(by, now, AlertField, alert.Subject, alert.AcknowledgementNote);
        return Outcome.Done;
    }

    /// <summary>Functional escalation: passes the record to a group of the next support line (2nd to 3rd, say).</summary>
    public Outcome Escalate(JeopardyAlert alert, SupportGroup to, string? note, string by, DateTimeOffset now)
    {
        var check = CanAcknowledge(alert, note);
        if (!check.Succeeded) return check;
        var status = StatusMachine.Check(Status, RecordAction.Assign);
        if (!status.Succeeded) return Outcome.Refused($"The record is {StatusMachine.Describe(Status)}, so it cannot be escalated; acknowledge the alert instead.", "status");
        if (SupportLine >= 3)
        {
            return Outcome.Refused("The record is already with 3rd line, the last support line; escalate it to the service manager instead.", "group");
        }
        if (to.Line != SupportLine + 1)
        {
            return Outcome.Refused($"{to.Name} is line {to.Line}; escalating a line {SupportLine} record goes to a line {SupportLine + 1} group.", "group");
        }
        var from = SupportLine;
        var assigned = AssignTo(to, null, by, now);
        if (!assigned.Succeeded) return assigned;
        Write(by, now, "Functional escalation", $"line {from}", $"line {to.Line}");
        return AcknowledgeAlert(alert, AlertResponse.Escalate, note, by, now);
    }

    /// <summary>Hierarchical escalation: raises the record with its service's service manager, named in the history.</summary>
    public Outcome EscalateToServiceManager(JeopardyAlert alert, string? note, string by, DateTimeOffset now)
    {
        var check = CanAcknowledge(alert, note);
        if (!check.Succeeded) return check;
        if (!IsOpen) return Outcome.Refused($"The record is {StatusMachine.Describe(Status)}, so it cannot be escalated; acknowledge the alert instead.", "status");
        var service = Service ?? throw new InvalidOperationException("Load the record's service and its service manager before escalating to them.");
        if (service.ServiceManager is not { } manager)
        {
            return Outcome.Refused($"{service.Name} has no service manager on record; escalate to the next support line, or ask an administrator to name one.", "serviceManager");
        }
        Write(by, now, "Hierarchical escalation", null, $"{manager.Name}, service manager of {service.Name}");
        return AcknowledgeAlert(alert, AlertResponse.EscalateToServiceManager, note, by, now);
    }

    /// <summary>Chases the group (and person) holding the record; the history says whom.</summary>
    public Outcome Chase(JeopardyAlert alert, string? note, string by, DateTimeOffset now)
    {
        var check = CanAcknowledge(alert, note);
        if (!check.Succeeded) return check;
        if (!IsOpen) return Outcome.Refused($"The record is {StatusMachine.Describe(Status)}; nobody is working it to chase. Acknowledge the alert instead.", "status");
        var holder = AssignmentGroup?.Name ?? $"group {AssignmentGroupId}";
        Write(by, now, "Chased", null, Assignee is { } person ? $"{person.Name} in {holder}" : holder);
        return AcknowledgeAlert(alert, AlertResponse.Chase, note, by, now);
    }

    public static string Describe(AlertResponse response) => response switch
    {
        AlertResponse.Reassign => "Reassigned",
        AlertResponse.Escalate => "Escalated to the next support line",
        AlertResponse.EscalateToServiceManager => "Escalated to the service manager",
        AlertResponse.Chase => "Chased",
        _ => "Acknowledged",
    };
}

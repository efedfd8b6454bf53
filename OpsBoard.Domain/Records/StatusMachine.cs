namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md's lifecycle: New -> Assigned -> InProgress &lt;-> Pending -> Resolved -> Closed,
/// Cancelled from any open status, and Resolved -> InProgress on reopen.
/// </summary>
public static class StatusMachine
{
    private static readonly IReadOnlyDictionary<Status, RecordAction[]> Allowed = new Dictionary<Status, RecordAction[]>
    {
        [Status.New] = [RecordAction.Assign, RecordAction.Acknowledge, RecordAction.Cancel, RecordAction.AddNote, RecordAction.Reclassify, RecordAction.OverridePriority, RecordAction.DeclareMajorIncident],
        [Status.Assigned] = [RecordAction.Assign, RecordAction.Acknowledge, RecordAction.Cancel, RecordAction.AddNote, RecordAction.Reclassify, RecordAction.OverridePriority, RecordAction.DeclareMajorIncident],
        [Status.InProgress] = [RecordAction.Assign, RecordAction.Pend, RecordAction.Resolve, RecordAction.Cancel, RecordAction.AddNote, RecordAction.Reclassify, RecordAction.OverridePriority, RecordAction.DeclareMajorIncident],
        [Status.Pending] = [RecordAction.Assign, RecordAction.Resume, RecordAction.Resolve, RecordAction.Cancel, RecordAction.AddNote, RecordAction.Reclassify, RecordAction.OverridePriority, RecordAction.DeclareMajorIncident],
        [Status.Resolved] = [RecordAction.Reopen, RecordAction.Close, RecordAction.AddNote],
        [Status.Closed] = [RecordAction.AddNote],
        [Status.Cancelled] = [RecordAction.AddNote],
    };

    public static bool IsOpen(this Status status) => status is Status.New or Status.Assigned or Status.InProgress or Status.Pending;

    public static IReadOnlyList<RecordAction> AllowedActions(Status status) => Allowed[status];

    /// <summary>What may be done to a record in this status, less declaring a major incident once it is one.</summary>
    public static IReadOnlyList<RecordAction> AllowedActions(Status status, bool isMajorIncident) =>
        isMajorIncident ? [.. Allowed[status].Where(a => a != RecordAction.DeclareMajorIncident)] : Allowed[status];

    public static Outcome Check(Status status, RecordAction action) =>
        Allowed[status].Contains(action) ? Outcome.Done : Outcome.Refused(RefusalReason(status, action), "status");

    private static string RefusalReason(Status status, RecordAction action) => (status, action) switch
    {
        (Status.Closed, RecordAction.Reopen) => "A Closed record cannot be reopened; raise a new incident.",
        (Status.Closed, _) => "A Closed record cannot be changed; raise a new record if the problem has come back.",
        (Status.Cancelled, _) => "A Cancelled record cannot be changed; raise a new record if the work is still needed.",
        (Status.Resolved, RecordAction.Resolve) => "The record is already Resolved.",
        (Status.Resolved, RecordAction.Cancel) => "A Resolved record cannot be cancelled; close it, or reopen it first.",
        (Status.Resolved, _) => $"A Resolved record must be reopened before you can {Verb(action)} it.",
        (_, RecordAction.Reopen) => $"Only a Resolved record can be reopened; this record is {Describe(status)}.",
        (_, RecordAction.Close) => $"Only a Resolved record can be closed; this record is {Describe(status)}: resolve it first.",
        (Status.New or Status.Assigned, RecordAction.Pend) => "Acknowledge the record before setting it Pending.",
        (Status.New or Status.Assigned, RecordAction.Resolve) => "Acknowledge the record before resolving it.",
        (_, RecordAction.Resume) => $"Only a Pending record can be resumed; this record is {Describe(status)}.",
        (Status.InProgress, RecordAction.Acknowledge) => "The record is already acknowledged and In progress.",
        (Status.Pending, RecordAction.Acknowledge) => "The record is Pending; resume it to carry on working it.",
        (Status.Pending, RecordAction.Pend) => "The record is already Pending.",
        _ => $"You cannot {Verb(action)} a record that is {Describe(status)}.",
    };

    public static string Describe(Status status) => status switch
    {
        Status.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Verb(RecordAction action) => action switch
    {
        RecordAction.Pend => "set Pending",
        RecordAction.AddNote => "add a note to",
        RecordAction.OverridePriority => "override the priority of",
        RecordAction.Reclassify => "change the impact or urgency of",
        RecordAction.DeclareMajorIncident => "declare a major incident on",
        _ => action.ToString().ToLowerInvariant(),
    };
}

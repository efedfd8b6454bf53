using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Changes;

/// <summary>
/// The change lifecycle: Requested -> Approved -> Scheduled -> Implemented -> Closed, Cancelled from any open status
/// (Requested, Approved, Scheduled), and a Scheduled change may be scheduled again for a new window. Anything else is
/// refused with a sentence.
/// </summary>
public static class ChangeMachine
{
    private static readonly IReadOnlyDictionary<ChangeStatus, ChangeAction[]> Allowed = new Dictionary<ChangeStatus, ChangeAction[]>
    {
        [ChangeStatus.Requested] = [ChangeAction.Approve, ChangeAction.Cancel],
        [ChangeStatus.Approved] = [ChangeAction.Schedule, ChangeAction.Cancel],
        [ChangeStatus.Scheduled] = [ChangeAction.Schedule, ChangeAction.Implement, ChangeAction.Cancel],
        [ChangeStatus.Implemented] = [ChangeAction.Close],
        [ChangeStatus.Closed] = [],
        [ChangeStatus.Cancelled] = [],
    };

    /// <summary>Not yet implemented, closed or cancelled: a record may wait for it.</summary>
    public static bool IsOpen(this ChangeStatus status) => status is ChangeStatus.Requested or ChangeStatus.Approved or ChangeStatus.Scheduled;

    public static IReadOnlyList<ChangeAction> AllowedActions(ChangeStatus status) => Allowed[status];

    public static Outcome Check(ChangeStatus status, ChangeAction action) =>
        Allowed[status].Contains(action) ? Outcome.Done : Outcome.Refused(RefusalReason(status, action), "status");

    private static string RefusalReason(ChangeStatus status, ChangeAction action) => (status, action) switch
    {
        (ChangeStatus.Closed, _) => "A Closed change cannot be changed; raise a new change for further work.",
        (ChangeStatus.Cancelled, _) => "A Cancelled change cannot be changed; raise a new change if the work is still needed.",
        (ChangeStatus.Implemented, ChangeAction.Cancel) => "An Implemented change cannot be cancelled; close it, or raise a new change to back it out.",
        (ChangeStatus.Implemented, ChangeAction.Implement) => "The change is already Implemented.",
        (_, ChangeAction.Approve) => $"Only a Requested change can be approved; this change is {status}.",
        (ChangeStatus.Requested, ChangeAction.Schedule) => "Approve the change before scheduling it.",
        (_, ChangeAction.Implement) => $"Only a Scheduled change can be implemented; this change is {status}: schedule it first.",
        (_, ChangeAction.Close) => $"Only an Implemented change can be closed; this change is {status}.",
        _ => $"You cannot {action.ToString().ToLowerInvariant()} a change that is {status}.",
    };
}

namespace OpsBoard.Domain.Changes;

/// <summary>PROCESS.md's change lifecycle (seed 2.5): Requested -> Approved -> Scheduled -> Implemented -> Closed, and Cancelled.</summary>
public enum ChangeStatus
{
    Requested = 1,
    Approved = 2,
    Scheduled = 3,
    Implemented = 4,
    Closed = 5,
    Cancelled = 6,
}

namespace OpsBoard.Domain.Ola;

public enum StopReason
{
    /// <summary>The response was given: the group acknowledged the record.</summary>
    Met = 1,

    /// <summary>The group passed the record on to another group.</summary>
    PassedOn = 2,

    Resolved = 3,

    Cancelled = 4,
}

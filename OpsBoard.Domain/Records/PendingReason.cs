namespace OpsBoard.Domain.Records;

public enum PendingReason
{
    AwaitingCaller = 1,
    AwaitingSupplier = 2,
    AwaitingChange = 3,

    /// <summary>Waiting for problem management to find the cause; the clock runs on by default, like AwaitingChange.</summary>
    AwaitingProblem = 4,
}

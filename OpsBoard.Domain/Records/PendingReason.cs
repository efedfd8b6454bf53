namespace OpsBoard.Domain.Records;

public enum PendingReason
{
    AwaitingCaller = 1,
    AwaitingSupplier = 2,
    AwaitingChange = 3,
}

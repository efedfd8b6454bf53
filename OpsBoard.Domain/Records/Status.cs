namespace OpsBoard.Domain.Records;

public enum Status
{
    New = 1,
    Assigned = 2,
    InProgress = 3,
    Pending = 4,
    Resolved = 5,
    Closed = 6,
    Cancelled = 7,
}

namespace OpsBoard.Domain.Records;

public enum Urgency
{
    High = 1,
    Medium = 2,
    Low = 3,
}

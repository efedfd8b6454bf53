namespace OpsBoard.Domain.Records;

public enum Impact
{
    High = 1,
    Medium = 2,
    Low = 3,
}

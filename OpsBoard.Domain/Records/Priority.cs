namespace OpsBoard.Domain.Records;

/// <summary>P1 is the most urgent; the number is the priority's rank.</summary>
public enum Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
    P5 = 5,
}

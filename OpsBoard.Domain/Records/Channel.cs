namespace OpsBoard.Domain.Records;

/// <summary>How the contact reached the operations centre.</summary>
public enum Channel
{
    Phone = 1,
    Email = 2,
    Portal = 3,
    WalkIn = 4,
    Automation = 5,
}

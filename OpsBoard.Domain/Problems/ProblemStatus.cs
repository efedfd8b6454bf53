namespace OpsBoard.Domain.Problems;

/// <summary>PROCESS.md's problem lifecycle (seed 2.5): New -> Investigating -> KnownError -> Resolved -> Closed.</summary>
public enum ProblemStatus
{
    New = 1,
    Investigating = 2,
    KnownError = 3,
    Resolved = 4,
    Closed = 5,
}

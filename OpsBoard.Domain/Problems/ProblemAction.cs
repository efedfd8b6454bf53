namespace OpsBoard.Domain.Problems;

/// <summary>What a person may do to a problem; <see cref="ProblemMachine"/> says which apply in each status.</summary>
public enum ProblemAction
{
    Investigate = 1,
    RecordKnownError = 2,
    Resolve = 3,
    Close = 4,
}

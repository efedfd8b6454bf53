namespace OpsBoard.Domain.Records;

public enum ResolutionCode
{
    Fixed = 1,
    Workaround = 2,
    RequestFulfilled = 3,
    AdviceGiven = 4,
    NoFaultFound = 5,
    Duplicate = 6,
    ResolvedByCaller = 7,
    ClearedBySource = 8,
}

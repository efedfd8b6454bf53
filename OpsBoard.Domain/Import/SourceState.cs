namespace OpsBoard.Domain.Import;

/// <summary>An incident's state in a ServiceNow-style event log (<c>incident_state</c>).</summary>
public enum SourceState
{
    New = 1,
    Active,
    AwaitingUserInfo,
    AwaitingEvidence,
    AwaitingVendor,
    AwaitingProblem,
    Resolved,
    Closed,
}

namespace OpsBoard.Domain.Ola;

/// <summary>What a service manager did about a jeopardy alert; each one acknowledges the alert with a note.</summary>
public enum AlertResponse
{
    /// <summary>Nothing more than the note: the risk is accepted or already in hand.</summary>
    Acknowledge = 1,

    /// <summary>Passed to another group or person.</summary>
    Reassign = 2,

    /// <summary>Functional escalation: passed to a group of the next support line.</summary>
    Escalate = 3,

    /// <summary>Hierarchical escalation: raised with the service's service manager.</summary>
    EscalateToServiceManager = 4,

    /// <summary>The holder (or their supplier) was chased.</summary>
    Chase = 5,
}

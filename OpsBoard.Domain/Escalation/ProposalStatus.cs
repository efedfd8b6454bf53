namespace OpsBoard.Domain.Escalation;

/// <summary>Where a proposal stands: open on the console, or decided by a service manager.</summary>
public enum ProposalStatus
{
    Open = 0,
    Accepted = 1,
    Dismissed = 2,
}

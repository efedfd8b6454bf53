namespace OpsBoard.Domain.Events;

/// <summary>How one rule's pattern went against one event; a pattern that ran out of time counts as no match.</summary>
public enum PatternMatch
{
    No = 0,
    Yes = 1,
    TimedOut = 2,
}

namespace OpsBoard.Domain.Ola;

/// <summary>How much of a target is used: below Watch is OnTrack; Breached once the whole target is used.</summary>
public enum JeopardyState
{
    OnTrack = 0,
    Watch = 1,
    Jeopardy = 2,
    Breached = 3,
}

namespace OpsBoard.Domain.Ola;

/// <summary>
/// A clock at one instant: business time used and left, the share of the target used, its state, when it is (or
/// was) due, and when its state will next change if nothing else happens (null when stopped, paused or breached).
/// </summary>
public readonly record struct ClockReading(
    TimeSpan Target,
    TimeSpan Used,
    TimeSpan Left,
    double PercentUsed,
    JeopardyState State,
    DateTimeOffset? Due,
    DateTimeOffset? NextTransitionAt,
    bool IsRunning,
    bool IsPaused);

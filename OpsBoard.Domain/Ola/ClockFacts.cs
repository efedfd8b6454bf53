namespace OpsBoard.Domain.Ola;

/// <summary>
/// What happened to one target: when its clock started, how long it has, when it stopped (met, passed on or resolved)
/// and the spans it stood still. Everything a reading is computed from.
/// </summary>
public sealed record ClockFacts(DateTimeOffset Start, TimeSpan Target, JeopardyThresholds Thresholds, DateTimeOffset? StoppedAt, IReadOnlyList<ClockPause> Pauses)
{
    public static ClockFacts Started(DateTimeOffset start, TimeSpan target, JeopardyThresholds thresholds) =>
        new(start, target, thresholds, null, []);
}

namespace OpsBoard.Domain.Ola;

/// <summary>
/// One piece of a clock's timeline [Start, End): what the clock did, the business time it counted (the whole length in
/// hours, nothing otherwise), the group that held the record, and for a pause its reason and who set it.
/// </summary>
public readonly record struct ClockSpan(
    ClockSpanKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Counted,
    int? SupportGroupId,
    string? PauseReason = null,
    string? PausedBy = null);

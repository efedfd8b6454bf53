using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Ola;

/// <summary>Every clock of one record, read at <see cref="ReadAt"/>: what the record page and GET /api/records/{number}/clocks show.</summary>
public sealed record RecordClocksView(string Number, DateTimeOffset ReadAt, IReadOnlyList<ClockView> Clocks);

/// <summary>
/// One clock. <see cref="State"/>, <see cref="Due"/>, <see cref="NextTransitionAt"/> and <see cref="BreachedAt"/> are what the
/// engine persisted (no screen computes a different state); <see cref="Used"/>, <see cref="Left"/>, <see cref="Overrun"/> and
/// <see cref="PercentUsed"/> are read at the view's ReadAt. <see cref="SupportGroupId"/> is null for the record's own target.
/// </summary>
public sealed record ClockView(
    long Id,
    OlaTargetKind Kind,
    int Segment,
    int? SupportGroupId,
    string SupportGroup,
    Priority Priority,
    TimeSpan Target,
    string Calendar,
    JeopardyState State,
    double PercentUsed,
    TimeSpan Used,
    TimeSpan Left,
    TimeSpan Overrun,
    DateTimeOffset? Due,
    DateTimeOffset? NextTransitionAt,
    DateTimeOffset? BreachedAt,
    DateTimeOffset Start,
    DateTimeOffset? StoppedAt,
    StopReason? StopReason,
    bool IsRunning,
    bool IsPaused,
    string? PausedFor,
    string? PausedBy,
    IReadOnlyList<ClockSpanView> Spans);

/// <summary>One piece of a clock's timeline, with the business time it counted and the group that held the record.</summary>
public sealed record ClockSpanView(
    ClockSpanKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Counted,
    int? SupportGroupId,
    string? SupportGroup,
    string? PauseReason,
    string? PausedBy);

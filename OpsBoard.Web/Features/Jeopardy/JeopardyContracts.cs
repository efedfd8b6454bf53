using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Jeopardy;

/// <summary>
/// One open (unacknowledged) jeopardy alert with its record and clock. <see cref="State"/> and <see cref="Due"/> are
/// what the OLA sweep stored for the clock now; <see cref="RaisedFor"/> is the state that raised the alert;
/// <see cref="Used"/> is the clock's business time used at the list's ReadAt. <see cref="ClockGroup"/> is null
/// for the record's own target; <see cref="Group"/> is the group holding the record now. A ping-pong alert
/// (<see cref="Reason"/>) has no clock: <see cref="Kind"/>, <see cref="State"/> and <see cref="RaisedFor"/> are null and
/// <see cref="Passes"/> and <see cref="Route"/> tell how the record was passed between groups.
/// <see cref="For"/> is the manager the alert is for: the configuration item's service manager if it has one, else the
/// service's.
/// </summary>
public sealed record OpenAlert(
    long Id,
    string Number,
    string Title,
    Priority Priority,
    Status Status,
    PendingReason? PendingReason,
    OlaTargetKind? Kind,
    string? ClockGroup,
    JeopardyState? State,
    JeopardyState? RaisedFor,
    DateTimeOffset? Due,
    DateTimeOffset RaisedAt,
    TimeSpan Target,
    TimeSpan Used,
    bool IsRunning,
    bool IsPaused,
    string Calendar,
    int GroupId,
    string Group,
    int? AssigneeId,
    int SupportLine,
    int ServiceId,
    string Service,
    string? ServiceManager,
    AlertReason Reason = AlertReason.Clock,
    int? Passes = null,
    string? Route = null,
    string? For = null,
    int? ForPersonId = null)
{
    public bool IsPingPong => Reason == AlertReason.PingPong;
}

/// <summary>The open alerts a console follows, nearest breach first, read at <see cref="ReadAt"/>; at most a page of them, out of <see cref="Total"/>.</summary>
public sealed record OpenAlerts(IReadOnlyList<OpenAlert> Alerts, int Total, DateTimeOffset ReadAt);

/// <summary>
/// What a service manager does about an alert (the console, and POST /api/alerts/{id}/acknowledge). Every response
/// needs <see cref="Note"/>; Reassign takes <see cref="GroupId"/> and maybe <see cref="AssigneeId"/>; Escalate takes
/// <see cref="GroupId"/>, a group of the next support line.
/// </summary>
public sealed record AlertActionRequest
{
    public AlertResponse Response { get; init; } = AlertResponse.Acknowledge;
    public string? Note { get; init; }
    public int? GroupId { get; init; }
    public int? AssigneeId { get; init; }
}

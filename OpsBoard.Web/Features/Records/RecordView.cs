using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Records;

/// <summary>
/// Everything the detail page and GET /api/records/{number} show about one record. <see cref="ClosesAt"/> is when a
/// Resolved record closes by itself unless reopened first.
/// </summary>
public sealed record RecordView(
    string Number,
    RecordKind Kind,
    string Title,
    string? Description,
    string? Caller,
    Channel Channel,
    int ServiceId,
    string Service,
    int? ConfigurationItemId,
    string? ConfigurationItem,
    string Category,
    bool SecurityIncident,
    Impact Impact,
    Urgency Urgency,
    Priority Priority,
    bool PriorityOverridden,
    Status Status,
    PendingReason? PendingReason,
    int AssignmentGroupId,
    string AssignmentGroup,
    int? AssigneeId,
    string? Assignee,
    int SupportLine,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? ClosesAt,
    ResolutionCode? ResolutionCode,
    string? ResolutionNote,
    int ReassignmentCount,
    int ReopenCount,
    MajorIncidentView? MajorIncident,
    MonitoringView? Monitoring,
    IReadOnlyList<RecordAction> AllowedActions,
    IReadOnlyList<HistoryView> History);

/// <summary>The record's major incident declaration: when, and who runs it.</summary>
public sealed record MajorIncidentView(DateTimeOffset DeclaredAt, int ManagerId, string Manager);

/// <summary>Where an EVT came from: its integration and dedup key, how often the source repeated it, and what it said last.</summary>
public sealed record MonitoringView(string Integration, string DedupKey, int Repeats, DateTimeOffset FirstAt, DateTimeOffset LastAt, string? LatestSummary, string? LatestSeverity);

public sealed record HistoryView(DateTimeOffset At, string By, string Field, string? OldValue, string? NewValue);

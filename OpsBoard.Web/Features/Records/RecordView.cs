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
    IReadOnlyList<HistoryView> History)
{
    /// <summary>The problem the record is linked to, with its status now.</summary>
    /// <summary>The record's number in the system it was imported from; null for a record made here.</summary>
    public string? SourceNumber { get; init; }

    public LinkedProblemView? Problem { get; init; }

    /// <summary>The changes the record is linked to, with their status now.</summary>
    public IReadOnlyList<LinkedChangeView> Changes { get; init; } = [];

    /// <summary>The change a record Pending AwaitingChange waits for (one of <see cref="Changes"/>).</summary>
    public LinkedChangeView? AwaitingChange { get; init; }

    /// <summary>"Awaiting change CHG0000012 (Scheduled)", for a record Pending on a change.</summary>
    public string? AwaitingChangeText => AwaitingChange is { } change ? $"Awaiting change {change.Number} ({change.Status})" : null;
}

/// <summary>A record's problem as the record shows it.</summary>
public sealed record LinkedProblemView(string Number, string Title, OpsBoard.Domain.Problems.ProblemStatus Status);

/// <summary>A record's change as the record shows it, with its planned window once scheduled.</summary>
public sealed record LinkedChangeView(string Number, string Title, OpsBoard.Domain.Changes.ChangeStatus Status, DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd);

/// <summary>The record's major incident declaration: when, and who runs it.</summary>
public sealed record MajorIncidentView(DateTimeOffset DeclaredAt, int ManagerId, string Manager);

/// <summary>Where an EVT came from: its integration and dedup key, how often the source repeated it, and what it said last.</summary>
public sealed record MonitoringView(string Integration, string DedupKey, int Repeats, DateTimeOffset FirstAt, DateTimeOffset LastAt, string? LatestSummary, string? LatestSeverity);

public sealed record HistoryView(DateTimeOffset At, string By, string Field, string? OldValue, string? NewValue);

using OpsBoard.Domain.Changes;
using OpsBoard.Web.Features.Problems;

namespace OpsBoard.Web.Features.Changes;

/// <summary>A new change, from the "New change" form or POST /api/changes.</summary>
public sealed record ChangeDraft
{
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The person (CMDB) who owns the change.</summary>
    public int? OwnerId { get; init; }
}

/// <summary>One action on a change: Approve, Schedule (PlannedStart and PlannedEnd), Implement, Close, Cancel (Note = why).</summary>
public sealed record ChangeActionRequest
{
    public ChangeAction Action { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset? PlannedStart { get; init; }
    public DateTimeOffset? PlannedEnd { get; init; }
}

public sealed record ChangeRow(string Number, string Title, ChangeStatus Status, string Owner, DateTimeOffset RequestedAt,
    DateTimeOffset? PlannedStart, DateTimeOffset? PlannedEnd, int LinkedRecords);

public sealed record ChangeView(
    string Number,
    string Title,
    string? Description,
    int OwnerId,
    string Owner,
    ChangeStatus Status,
    DateTimeOffset? PlannedStart,
    DateTimeOffset? PlannedEnd,
    string? CancellationReason,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? ImplementedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ChangeAction> AllowedActions,
    IReadOnlyList<LinkedRecordRow> Records,
    IReadOnlyList<Records.HistoryView> History);

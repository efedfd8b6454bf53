using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Queues;

/// <summary>A queue's filter: any field left empty does not filter. OpenOnly hides Resolved, Closed and Cancelled.</summary>
public sealed record QueueFilter
{
    public int? GroupId { get; init; }
    public Status? Status { get; init; }
    public bool OpenOnly { get; init; }
    public Priority? Priority { get; init; }
    public RecordKind? Kind { get; init; }
    public int? ServiceId { get; init; }

    /// <summary>A record number or its start (INC0001234, req00012) finds by number; other text matches any part of the title, ignoring case.</summary>
    public string? Text { get; init; }
}

public enum QueueSort
{
    Priority,
    Number,
    Title,
    Status,
    Group,
    Service,
    Opened,
    Updated,
}

public sealed record QueueRequest(QueueFilter Filter, int Page = 0, int PageSize = 25, QueueSort Sort = QueueSort.Priority, bool Descending = false);

public sealed record QueueRow(
    string Number,
    RecordKind Kind,
    string Title,
    Priority Priority,
    Status Status,
    PendingReason? PendingReason,
    string Service,
    string AssignmentGroup,
    string? Assignee,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total);

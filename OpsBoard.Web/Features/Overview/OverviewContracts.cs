using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Overview;

/// <summary>How many open records share a status and a priority.</summary>
public sealed record OpenCount(Status Status, Priority Priority, int Count);

public sealed record RecentRecord(
    string Number,
    RecordKind Kind,
    string Title,
    Priority Priority,
    Status Status,
    PendingReason? PendingReason,
    string AssignmentGroup,
    DateTimeOffset UpdatedAt);

public sealed record OverviewView(IReadOnlyList<OpenCount> Open, IReadOnlyList<RecentRecord> RecentlyUpdated)
{
    public int TotalOpen => Open.Sum(c => c.Count);

    public int OpenWith(Priority priority) => Open.Where(c => c.Priority == priority).Sum(c => c.Count);

    public int OpenWith(Status status) => Open.Where(c => c.Status == status).Sum(c => c.Count);
}

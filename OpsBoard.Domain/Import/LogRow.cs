using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Import;

/// <summary>
/// One row of an incident event log, read: one update of one incident. Times are UTC; a source's missing value (<c>?</c>)
/// is null. <see cref="Line"/> is the row's line in the file (the header is line 1).
/// </summary>
public sealed record LogRow(
    int Line,
    string Number,
    SourceState State,
    int ReassignmentCount,
    int ReopenCount,
    int ModCount,
    string? Caller,
    string? OpenedBy,
    DateTimeOffset OpenedAt,
    string? UpdatedBy,
    DateTimeOffset UpdatedAt,
    Channel Channel,
    string? Location,
    string? Category,
    string? Subcategory,
    string? Symptom,
    Impact Impact,
    Urgency Urgency,
    Priority Priority,
    string? Group,
    string? AssignedTo,
    string? Problem,
    string? Change,
    string? ClosedCode,
    string? ResolvedBy)
{
    /// <summary>The order an incident's rows are replayed in: by update time, then the source's update counter, then line.</summary>
    public static IComparer<LogRow> ReplayOrder { get; } = Comparer<LogRow>.Create((a, b) =>
    {
        var byTime = a.UpdatedAt.CompareTo(b.UpdatedAt);
        if (byTime != 0) return byTime;
        var byCount = a.ModCount.CompareTo(b.ModCount);
        return byCount != 0 ? byCount : a.Line.CompareTo(b.Line);
    });

    public bool IsResolvedOrClosed => State is SourceState.Resolved or SourceState.Closed;
}

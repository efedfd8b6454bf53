using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Problems;

/// <summary>A new problem, from the "New problem" form, POST /api/problems or a major incident's hand-over.</summary>
public sealed record ProblemDraft
{
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>The person (CMDB) who owns the problem.</summary>
    public int? OwnerId { get; init; }
}

/// <summary>One action on a problem: Investigate, RecordKnownError (Note = the workaround), Resolve (Note = the resolution note), Close.</summary>
public sealed record ProblemActionRequest
{
    public ProblemAction Action { get; init; }
    public string? Note { get; init; }
}

public sealed record ProblemRow(string Number, string Title, ProblemStatus Status, string Owner, DateTimeOffset OpenedAt, int LinkedRecords);

public sealed record ProblemView(
    string Number,
    string Title,
    string? Description,
    int OwnerId,
    string Owner,
    ProblemStatus Status,
    string? Workaround,
    string? ResolutionNote,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? KnownErrorAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ProblemAction> AllowedActions,
    IReadOnlyList<LinkedRecordRow> Records,
    IReadOnlyList<Records.HistoryView> History);

/// <summary>A record linked to a problem or change, as its lists show it (security incidents only to those who may see them).</summary>
public sealed record LinkedRecordRow(string Number, RecordKind Kind, string Title, Status Status, PendingReason? PendingReason, Priority Priority, bool PriorityOverridden);

public static class WorkItemResults
{
    public static ChangeResult NotFound(string what, string number) =>
        new(number, ChangeFailure.NotFound, new Dictionary<string, string> { ["number"] = $"There is no {what} {number}; check the number." });

    public static ChangeResult Invalid(string field, string message) => ChangeResult.Invalid(new Dictionary<string, string> { [field] = message });
}

using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Problems;

namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md's links (seed 2.5): a record links to at most one problem (a problem gathers many records) and to any number
/// of changes. Linking is allowed in any status, since a closed incident still belongs to its problem. Each link and unlink
/// is written to the record's history and to the problem's or change's. A record Pending AwaitingChange names the change it
/// waits for, which is always one of its linked changes.
/// </summary>
public sealed partial class Record
{
    public const string ProblemField = "Problem";
    public const string ChangeField = "Change";
    public const string AwaitingChangeField = "Awaiting change";

    private readonly List<Change> changes = [];

    public long? ProblemId { get; private set; }

    public Problem? Problem { get; private set; }

    public IReadOnlyList<Change> Changes => changes;

    /// <summary>The change a record Pending AwaitingChange waits for; null otherwise.</summary>
    public long? AwaitingChangeId { get; private set; }

    public Change? AwaitingChange { get; private set; }

    public Outcome LinkProblem(Problem problem, string by, DateTimeOffset now)
    {
        if (IsLinkedTo(problem)) return Outcome.Refused($"{Number} is already linked to {problem.Number}.", "problemNumber");
        if (ProblemId is not null || Problem is not null)
        {
            return Outcome.Refused($"{Number} is already linked to {Problem?.Number ?? "a problem"}; a record links to one problem, so unlink that one first.", "problemNumber");
        }
        if (!problem.IsOpen) return Outcome.Refused($"{problem.Number} is Closed; link the record to an open problem, or raise a new one.", "problemNumber");
        Problem = problem;
        ProblemId = problem.Id == 0 ? null : problem.Id;
        Write(by, now, ProblemField, null, $"linked {problem.Number}");
        problem.NoteLink(Number, linked: true, by, now);
        return Outcome.Done;
    }

    public Outcome UnlinkProblem(string by, DateTimeOffset now)
    {
        if (Problem is not { } problem) return Outcome.Refused($"{Number} is not linked to a problem.", "problemNumber");
        Problem = null;
        ProblemId = null;
        Write(by, now, ProblemField, $"linked {problem.Number}", $"unlinked {problem.Number}");
        problem.NoteLink(Number, linked: false, by, now);
        return Outcome.Done;
    }

    public Outcome LinkChange(Change change, string by, DateTimeOffset now)
    {
        if (changes.Any(c => Same(c, change))) return Outcome.Refused($"{Number} is already linked to {change.Number}.", "changeNumber");
        if (change.Status is ChangeStatus.Closed or ChangeStatus.Cancelled)
        {
            return Outcome.Refused($"{change.Number} is {change.Status}; link the record to a change that is still going ahead.", "changeNumber");
        }
        AddChange(change, by, now);
        return Outcome.Done;
    }

    public Outcome UnlinkChange(Change change, string by, DateTimeOffset now)
    {
        var linked = changes.FirstOrDefault(c => Same(c, change));
        if (linked is null) return Outcome.Refused($"{Number} is not linked to {change.Number}.", "changeNumber");
        if (IsAwaiting(linked))
        {
            return Outcome.Refused($"{Number} is Pending awaiting {change.Number}; resume it (or set another pending reason) before unlinking the change.", "changeNumber");
        }
        changes.Remove(linked);
        Write(by, now, ChangeField, $"linked {change.Number}", $"unlinked {change.Number}");
        linked.NoteLink(Number, linked: false, by, now);
        return Outcome.Done;
    }

    /// <summary>Why the record cannot wait for <paramref name="change"/>; null when it can.</summary>
    private Outcome CanAwait(Change? change) =>
        change is null ? Outcome.Refused("Name the change the record is waiting for: one of its linked changes, or a change number.", "changeNumber")
        : !change.IsOpen ? Outcome.Refused($"{change.Number} is {change.Status}; a record can only wait for a change that is still to be implemented.", "changeNumber")
        : Outcome.Done;

    private void AwaitChange(Change change, string by, DateTimeOffset now)
    {
        if (!changes.Any(c => Same(c, change))) AddChange(change, by, now);
        Write(by, now, AwaitingChangeField, null, change.Number);
        AwaitingChange = change;
        AwaitingChangeId = change.Id == 0 ? null : change.Id;
    }

    private void StopAwaitingChange(string by, DateTimeOffset now)
    {
        if (AwaitingChange is null && AwaitingChangeId is null) return;
        Write(by, now, AwaitingChangeField, AwaitingChange?.Number, null);
        AwaitingChange = null;
        AwaitingChangeId = null;
    }

    private void AddChange(Change change, string by, DateTimeOffset now)
    {
        changes.Add(change);
        Write(by, now, ChangeField, null, $"linked {change.Number}");
        change.NoteLink(Number, linked: true, by, now);
    }

    private bool IsLinkedTo(Problem problem) => ReferenceEquals(problem, Problem) || problem.Id != 0 && problem.Id == ProblemId;

    private bool IsAwaiting(Change change) => ReferenceEquals(change, AwaitingChange) || change.Id != 0 && change.Id == AwaitingChangeId;

    private static bool Same(Change a, Change b) => ReferenceEquals(a, b) || a.Id != 0 && a.Id == b.Id;
}

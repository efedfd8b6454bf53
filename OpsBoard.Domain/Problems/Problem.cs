using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Problems;

/// <summary>
/// A problem record (PRB, seed 2.5): the underlying cause of one or more incidents, with an owner, a lifecycle and an
/// append-only history. Incidents link to it through <see cref="Record.LinkProblem"/>, which notes the link here too.
/// Every change goes through a method that checks <see cref="ProblemMachine"/>; a refusal leaves the problem as it was.
/// </summary>
public sealed class Problem
{
    public const string Prefix = "PRB";
    public const string LinkedRecordField = "Linked record";

    private readonly List<ProblemHistoryEntry> history = [];

    private Problem()
    {
        Number = string.Empty;
        Title = string.Empty;
    }

    public long Id { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public int OwnerId { get; private set; }

    public Person? Owner { get; private set; }

    public ProblemStatus Status { get; private set; }

    public string? Workaround { get; private set; }

    public string? ResolutionNote { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? KnownErrorAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<ProblemHistoryEntry> History => history;

    public bool IsOpen => Status.IsOpen();

    public IReadOnlyList<ProblemAction> AllowedActions => ProblemMachine.AllowedActions(Status);

    public static string FormatNumber(long sequence) => $"{Prefix}{sequence:D7}";

    /// <summary>Every problem with a new problem's fields, keyed by field, so a form can show each beside its field.</summary>
    public static IReadOnlyDictionary<string, string> Problems(string? title, string? description) => WorkItemText.Problems(title, description,
        "Enter a title that says what the underlying cause is, or what keeps going wrong.");

    public static Problem Open(string title, string? description, Person owner, string number, string by, DateTimeOffset now)
    {
        if (Problems(title, description) is { Count: > 0 } problems) throw new ArgumentException(problems.First().Value, nameof(title));
        var problem = new Problem
        {
            Number = number,
            Title = title.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Owner = owner,
            OwnerId = owner.Id,
            Status = ProblemStatus.New,
            OpenedAt = now,
            UpdatedAt = now,
        };
        problem.Write(by, now, "Status", null, ProblemMachine.Describe(ProblemStatus.New));
        problem.Write(by, now, "Owner", null, owner.Name);
        return problem;
    }

    public Outcome Investigate(string by, DateTimeOffset now)
    {
        var check = ProblemMachine.Check(Status, ProblemAction.Investigate);
        if (!check.Succeeded) return check;
        if (Status == ProblemStatus.Resolved)
        {
            Write(by, now, "Resolution note", ResolutionNote, null);
            ResolutionNote = null;
            ResolvedAt = null;
        }
        SetStatus(ProblemStatus.Investigating, by, now);
        return Outcome.Done;
    }

    /// <summary>The cause is known and a workaround exists: incidents it causes can be resolved with the workaround meanwhile.</summary>
    public Outcome RecordKnownError(string? workaround, string by, DateTimeOffset now)
    {
        var check = ProblemMachine.Check(Status, ProblemAction.RecordKnownError);
        if (!check.Succeeded) return check;
        var text = WorkItemText.Require(workaround, "workaround", "the workaround that gets people working while the cause is fixed");
        if (!text.Succeeded) return text;
        SetStatus(ProblemStatus.KnownError, by, now);
        Write(by, now, "Workaround", Workaround, workaround!.Trim());
        Workaround = workaround.Trim();
        KnownErrorAt = now;
        return Outcome.Done;
    }

    public Outcome Resolve(string? note, string by, DateTimeOffset now)
    {
        var check = ProblemMachine.Check(Status, ProblemAction.Resolve);
        if (!check.Succeeded) return check;
        var text = WorkItemText.Require(note, "note", "a resolution note that says how the cause was removed");
        if (!text.Succeeded) return text;
        SetStatus(ProblemStatus.Resolved, by, now);
        Write(by, now, "Resolution note", ResolutionNote, note!.Trim());
        ResolutionNote = note.Trim();
        ResolvedAt = now;
        return Outcome.Done;
    }

    public Outcome Close(string by, DateTimeOffset now)
    {
        var check = ProblemMachine.Check(Status, ProblemAction.Close);
        if (!check.Succeeded) return check;
        SetStatus(ProblemStatus.Closed, by, now);
        ClosedAt = now;
        return Outcome.Done;
    }

    /// <summary>Notes a record linked to (or unlinked from) this problem; only <see cref="Record"/> calls it, as it links.</summary>
    internal void NoteLink(string recordNumber, bool linked, string by, DateTimeOffset now) =>
        Write(by, now, LinkedRecordField, linked ? null : recordNumber, linked ? recordNumber : null);

    private void SetStatus(ProblemStatus status, string by, DateTimeOffset now)
    {
        Write(by, now, "Status", ProblemMachine.Describe(Status), ProblemMachine.Describe(status));
        Status = status;
    }

    private void Write(string by, DateTimeOffset now, string field, string? oldValue, string? newValue)
    {
        history.Add(new ProblemHistoryEntry(now, by, field, oldValue, newValue));
        UpdatedAt = now;
    }
}

using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Changes;

/// <summary>
/// A change record (CHG, seed 2.5): planned work with an owner, a lifecycle, a planned window once scheduled and an
/// append-only history. Records link to any number of changes (<see cref="Record.LinkChange"/>), and a record Pending
/// AwaitingChange names the change it waits for. A refused change leaves the change as it was.
/// </summary>
public sealed class Change
{
    public const string Prefix = "CHG";
    public const string LinkedRecordField = "Linked record";

    private readonly List<ChangeHistoryEntry> history = [];

    private Change()
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

    public ChangeStatus Status { get; private set; }

    public DateTimeOffset? PlannedStart { get; private set; }

    public DateTimeOffset? PlannedEnd { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? ImplementedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<ChangeHistoryEntry> History => history;

    public bool IsOpen => Status.IsOpen();

    public IReadOnlyList<ChangeAction> AllowedActions => ChangeMachine.AllowedActions(Status);

    public static string FormatNumber(long sequence) => $"{Prefix}{sequence:D7}";

    public static IReadOnlyDictionary<string, string> Problems(string? title, string? description) => WorkItemText.Problems(title, description,
        "Enter a title that says what will be changed.");

    public static Change Request(string title, string? description, Person owner, string number, string by, DateTimeOffset now)
    {
        if (Problems(title, description) is { Count: > 0 } problems) throw new ArgumentException(problems.First().Value, nameof(title));
        var change = new Change
        {
            Number = number,
            Title = title.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Owner = owner,
            OwnerId = owner.Id,
            Status = ChangeStatus.Requested,
            RequestedAt = now,
            UpdatedAt = now,
        };
        change.Write(by, now, "Status", null, ChangeStatus.Requested.ToString());
        change.Write(by, now, "Owner", null, owner.Name);
        return change;
    }

    public Outcome Approve(string by, DateTimeOffset now)
    {
        var check = ChangeMachine.Check(Status, ChangeAction.Approve);
        if (!check.Succeeded) return check;
        SetStatus(ChangeStatus.Approved, by, now);
        ApprovedAt = now;
        return Outcome.Done;
    }

    /// <summary>Plans the window the work happens in (again, for a Scheduled change that moves).</summary>
    public Outcome Schedule(DateTimeOffset? start, DateTimeOffset? end, string by, DateTimeOffset now)
    {
        var check = ChangeMachine.Check(Status, ChangeAction.Schedule);
        if (!check.Succeeded) return check;
        if (start is null) return Outcome.Refused("Enter the planned start of the change window.", "plannedStart");
        if (end is null) return Outcome.Refused("Enter the planned end of the change window.", "plannedEnd");
        if (end <= start) return Outcome.Refused("The planned end must be after the planned start.", "plannedEnd");
        if (start == PlannedStart && end == PlannedEnd) return Outcome.Refused("The change is already scheduled for that window.", "plannedStart");
        SetStatus(ChangeStatus.Scheduled, by, now);
        Write(by, now, "Planned window", Window(PlannedStart, PlannedEnd), Window(start, end));
        PlannedStart = start;
        PlannedEnd = end;
        return Outcome.Done;
    }

    public Outcome Implement(string by, DateTimeOffset now)
    {
        var check = ChangeMachine.Check(Status, ChangeAction.Implement);
        if (!check.Succeeded) return check;
        SetStatus(ChangeStatus.Implemented, by, now);
        ImplementedAt = now;
        return Outcome.Done;
    }

    public Outcome Close(string by, DateTimeOffset now)
    {
        var check = ChangeMachine.Check(Status, ChangeAction.Close);
        if (!check.Succeeded) return check;
        SetStatus(ChangeStatus.Closed, by, now);
        ClosedAt = now;
        return Outcome.Done;
    }

    public Outcome Cancel(string? reason, string by, DateTimeOffset now)
    {
        var check = ChangeMachine.Check(Status, ChangeAction.Cancel);
        if (!check.Succeeded) return check;
        var text = WorkItemText.Require(reason, "note", "why the change is being cancelled");
        if (!text.Succeeded) return text;
        SetStatus(ChangeStatus.Cancelled, by, now);
        Write(by, now, "Cancellation reason", null, reason!.Trim());
        CancellationReason = reason.Trim();
        ClosedAt = now;
        return Outcome.Done;
    }

    /// <summary>Notes a record linked to (or unlinked from) this change; only <see cref="Record"/> calls it, as it links.</summary>
    internal void NoteLink(string recordNumber, bool linked, string by, DateTimeOffset now) =>
        Write(by, now, LinkedRecordField, linked ? null : recordNumber, linked ? recordNumber : null);

    // UTC in the history, as instants; pages show them in London time.
    private static string? Window(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } s && end is { } e ? $"{s.UtcDateTime:yyyy-MM-dd HH:mm} to {e.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : null;

    private void SetStatus(ChangeStatus status, string by, DateTimeOffset now)
    {
        if (status == Status) return;
        Write(by, now, "Status", Status.ToString(), status.ToString());
        Status = status;
    }

    private void Write(string by, DateTimeOffset now, string field, string? oldValue, string? newValue)
    {
        history.Add(new ChangeHistoryEntry(now, by, field, oldValue, newValue));
        UpdatedAt = now;
    }
}

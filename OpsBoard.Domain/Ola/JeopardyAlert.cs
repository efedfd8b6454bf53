namespace OpsBoard.Domain.Ola;

/// <summary>
/// Raised when a clock enters Jeopardy or Breached, for the service managers of the record's service and group.
/// Stays open until a service manager acknowledges it with a note of the action taken.
/// </summary>
public sealed class JeopardyAlert
{
    private JeopardyAlert()
    {
    }

    public JeopardyAlert(Records.Record record, OlaTarget clock, DateTimeOffset raisedAt)
        : this(record.Id, clock, raisedAt)
    {
        Record = record;
    }

    public JeopardyAlert(long recordId, OlaTarget clock, DateTimeOffset raisedAt)
    {
        RecordId = recordId;
        Clock = clock;
        OlaTargetId = clock.Id;
        State = clock.State;
        Kind = clock.Kind;
        SupportGroupId = clock.SupportGroupId;
        Due = clock.Due;
        RaisedAt = raisedAt;
    }

    public long Id { get; private set; }

    public long RecordId { get; private set; }

    public Records.Record? Record { get; private set; }

    public long OlaTargetId { get; private set; }

    public OlaTarget? Clock { get; private set; }

    public JeopardyState State { get; private set; }

    public OlaTargetKind Kind { get; private set; }

    public int? SupportGroupId { get; private set; }

    public DateTimeOffset? Due { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public string? AcknowledgementNote { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    /// <summary>Whether the alert may be acknowledged with <paramref name="note"/>: it is still open and the note says what was done.</summary>
    public Records.Outcome CanAcknowledge(string? note)
    {
        if (!IsOpen) return Records.Outcome.Refused($"This alert was already acknowledged by {AcknowledgedBy}.", "alert");
        if (string.IsNullOrWhiteSpace(note))
            return Records.Outcome.Refused("Say what was done: reassigned, escalated, chased the supplier or accepted the risk.", "note");
        return Records.Outcome.Done;
    }

    public Records.Outcome Acknowledge(string? note, string by, DateTimeOffset now)
    {
        var check = CanAcknowledge(note);
        if (!check.Succeeded) return check;
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        AcknowledgementNote = note!.Trim();
        return Records.Outcome.Done;
    }
}

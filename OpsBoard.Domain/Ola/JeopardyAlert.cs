namespace OpsBoard.Domain.Ola;

/// <summary>
/// Raised when a clock enters Jeopardy or Breached (<see cref="AlertReason.Clock"/>), or when the record has been passed between
/// groups too often (<see cref="AlertReason.PingPong"/>, which has no clock), for the service managers of the record's service and
/// group. Stays open until a service manager acknowledges it with a note of the action taken.
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

    /// <summary>A ping-pong alert: the record, held by its group now, was passed <paramref name="passes"/> times along <paramref name="route"/>.</summary>
    public static JeopardyAlert PingPong(Records.Record record, int passes, string route, DateTimeOffset raisedAt) => new()
    {
        Record = record,
        RecordId = record.Id,
        Reason = AlertReason.PingPong,
        SupportGroupId = record.AssignmentGroupId,
        Passes = passes,
        Route = route,
        RaisedAt = raisedAt,
    };

    public const int MaxRouteLength = 2000;

    public long Id { get; private set; }

    public AlertReason Reason { get; private set; }

    public long RecordId { get; private set; }

    public Records.Record? Record { get; private set; }

    /// <summary>The clock that raised the alert; null for a ping-pong alert.</summary>
    public long? OlaTargetId { get; private set; }

    public OlaTarget? Clock { get; private set; }

    /// <summary>The state the clock entered; null for a ping-pong alert.</summary>
    public JeopardyState? State { get; private set; }

    public OlaTargetKind? Kind { get; private set; }

    /// <summary>Ping-pong: how many times the record had been passed between groups when the alert was raised.</summary>
    public int? Passes { get; private set; }

    /// <summary>Ping-pong: the groups that held the record, "Service Desk -> Network -> Apps".</summary>
    public string? Route { get; private set; }

    public int? SupportGroupId { get; private set; }

    public DateTimeOffset? Due { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public string? AcknowledgementNote { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    /// <summary>What the alert is about, for the record's history: "Response clock: Jeopardy" or "Passed between groups 4 times: ...".</summary>
    public string Subject => Reason == AlertReason.PingPong
        ? Escalation.PingPong.Describe(Passes ?? 0, Route ?? string.Empty)
        : $"{RecordClocks.Describe(Kind ?? OlaTargetKind.Response)} clock: {State}";

    /// <summary>
    /// The responses that make sense for the alert: any for a clock; for ping-pong, acknowledging, assigning the record to one
    /// group to keep it there, or escalating to the service manager (chasing or another line would only pass it on again).
    /// </summary>
    public IReadOnlyList<AlertResponse> Responses => ResponsesFor(Reason);

    public static IReadOnlyList<AlertResponse> ResponsesFor(AlertReason reason) => reason == AlertReason.PingPong ? PingPongResponses : Enum.GetValues<AlertResponse>();

    private static readonly AlertResponse[] PingPongResponses = [AlertResponse.Acknowledge, AlertResponse.Reassign, AlertResponse.EscalateToServiceManager];

    /// <summary>Whether <paramref name="response"/> is one this alert offers.</summary>
    public Records.Outcome CanRespond(AlertResponse response) => Responses.Contains(response)
        ? Records.Outcome.Done
        : Records.Outcome.Refused("A ping-pong alert is answered by acknowledging it, assigning the record to one group to keep it there, or escalating it to the service manager.", "response");

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

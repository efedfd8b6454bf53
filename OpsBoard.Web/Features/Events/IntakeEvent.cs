namespace OpsBoard.Web.Features.Events;

/// <summary>
/// One accepted event in the intake log: stored before its 202 is sent, applied to EVT records afterwards, in order.
/// <see cref="ProcessedAt"/> is null until the processor has applied it; <see cref="Result"/> says what it did.
/// </summary>
public sealed class IntakeEvent
{
    private IntakeEvent()
    {
        Body = string.Empty;
    }

    public IntakeEvent(int integrationId, DateTimeOffset receivedAt, string body)
    {
        IntegrationId = integrationId;
        ReceivedAt = receivedAt;
        Body = body;
    }

    public long Id { get; private set; }

    public int IntegrationId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The <see cref="IncomingEvent"/> as JSON.</summary>
    public string Body { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public string? RecordNumber { get; private set; }

    public string? Result { get; private set; }

    public void Processed(DateTimeOffset at, string? recordNumber, string result)
    {
        ProcessedAt = at;
        RecordNumber = recordNumber;
        Result = result;
    }
}

using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Events;

/// <summary>
/// A monitoring alert's dedup key and the EVT record it raised: a trigger with the same key on the same integration
/// repeats that record while it is open, or reopens it within the reopen window after the source cleared it.
/// After that window the key raises a new EVT, with a new EventKey.
/// </summary>
public sealed class EventKey
{
    public const int MaxLength = 255;

    private EventKey()
    {
        Key = string.Empty;
        LastPayload = string.Empty;
    }

    public EventKey(int integrationId, string key, Record record, DateTimeOffset at, string payload)
    {
        IntegrationId = integrationId;
        Key = key;
        Record = record;
        FirstAt = at;
        LastAt = at;
        LastPayload = payload;
    }

    public long Id { get; private set; }

    public int IntegrationId { get; private set; }

    public string Key { get; private set; }

    public long RecordId { get; private set; }

    public Record? Record { get; private set; }

    /// <summary>Triggers after the first while the record was open.</summary>
    public int Repeats { get; private set; }

    public DateTimeOffset FirstAt { get; private set; }

    public DateTimeOffset LastAt { get; private set; }

    /// <summary>The latest trigger's event as the source sent it (its summary, severity, details and links), as JSON.</summary>
    public string LastPayload { get; private set; }

    public int Repeat(DateTimeOffset at, string payload)
    {
        LastAt = at;
        LastPayload = payload;
        return ++Repeats;
    }

    public void Seen(DateTimeOffset at) => LastAt = at;
}

namespace OpsBoard.Domain.Records;

/// <summary>One change to a record: who, when, which field, the old and the new value. Never changed once written.</summary>
public sealed class HistoryEntry
{
    private HistoryEntry()
    {
        By = string.Empty;
        Field = string.Empty;
    }

    public HistoryEntry(DateTimeOffset at, string by, string field, string? oldValue, string? newValue)
    {
        At = at;
        By = by;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>An entry for a record that is not loaded: the sweep notes clock changes without reading whole records.</summary>
    public static HistoryEntry ForRecord(long recordId, DateTimeOffset at, string by, string field, string? oldValue, string? newValue) =>
        new(at, by, field, oldValue, newValue) { RecordId = recordId };

    public long Id { get; private set; }

    public long RecordId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }

    public string Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }
}

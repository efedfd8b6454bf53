namespace OpsBoard.Domain.Changes;

/// <summary>One change to a change: who, when, which field, the old and the new value. Never changed once written.</summary>
public sealed class ChangeHistoryEntry
{
    private ChangeHistoryEntry()
    {
        By = string.Empty;
        Field = string.Empty;
    }

    public ChangeHistoryEntry(DateTimeOffset at, string by, string field, string? oldValue, string? newValue)
    {
        At = at;
        By = by;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    public long Id { get; private set; }

    public long ChangeId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }

    public string Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }
}

namespace OpsBoard.Domain.Problems;

/// <summary>One change to a problem: who, when, which field, the old and the new value. Never changed once written.</summary>
public sealed class ProblemHistoryEntry
{
    private ProblemHistoryEntry()
    {
        By = string.Empty;
        Field = string.Empty;
    }

    public ProblemHistoryEntry(DateTimeOffset at, string by, string field, string? oldValue, string? newValue)
    {
        At = at;
        By = by;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    public long Id { get; private set; }

    public long ProblemId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }

    public string Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }
}

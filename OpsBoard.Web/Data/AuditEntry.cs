namespace OpsBoard.Web.Data;

/// <summary>
/// One line of the append-only audit log: who changed what, when, in which area (OLA policy, Calendar, and later
/// sign-ins and other administration). Entries are only ever added; <see cref="OpsBoardDb"/> refuses to change or delete one.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxByLength = 200;
    public const int MaxAreaLength = 100;
    public const int MaxSubjectLength = 200;

    private AuditEntry()
    {
        By = Area = Subject = Change = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string by, string area, string subject, string change)
    {
        At = at;
        By = by;
        Area = area;
        Subject = subject;
        Change = change;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }

    /// <summary>What kind of thing changed, e.g. <see cref="AuditArea.OlaPolicy"/>.</summary>
    public string Area { get; private set; }

    /// <summary>Which one, in words, e.g. "2nd line Spine P3" or "Working hours".</summary>
    public string Subject { get; private set; }

    /// <summary>What changed, readable: "Response: 2h -> 1h 30m; Watch: 50% -> 60%".</summary>
    public string Change { get; private set; }
}

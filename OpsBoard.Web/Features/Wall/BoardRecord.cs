using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// One open record as the wall shows it. <see cref="Worst"/> is the worst state the OLA sweep stored on its running clocks
/// and <see cref="NearestDue"/> the earliest due instant among them (null when none runs, or every running one is paused);
/// <see cref="LastBreachedAt"/> is the latest breach of any of its clocks, running or not.
/// Group and service names are shared strings from the board's catalogue, not a copy per record.
/// <see cref="MajorIncident"/> is set when the record has been declared a major incident.
/// <see cref="SecurityIncident"/>: only screens whose viewer may see security incidents show it (never a kiosk).
/// </summary>
public sealed record BoardRecord(
    string Number,
    string Title,
    RecordKind Kind,
    Priority Priority,
    Status Status,
    int GroupId,
    string GroupName,
    int ServiceId,
    string ServiceName,
    JeopardyState? Worst,
    DateTimeOffset? NearestDue,
    DateTimeOffset? LastBreachedAt,
    DateTimeOffset OpenedAt,
    BoardMajorIncident? MajorIncident = null,
    bool SecurityIncident = false)
{
    public bool InJeopardy => Worst == JeopardyState.Jeopardy;

    public bool BreachedSince(DateTimeOffset start) => LastBreachedAt >= start;

    /// <summary>Nearest due first; records with no running due instant last; then by number, so the order is stable.</summary>
    public static IComparer<BoardRecord> NearestDueFirst { get; } = Comparer<BoardRecord>.Create((a, b) =>
    {
        var due = (a.NearestDue, b.NearestDue) switch
        {
            ({ } x, { } y) => x.CompareTo(y),
            (null, { }) => 1,
            ({ }, null) => -1,
            _ => 0,
        };
        return due != 0 ? due : string.CompareOrdinal(a.Number, b.Number);
    });
}

/// <summary>A major incident as its wall banner shows it: since when, and who runs it.</summary>
/// <summary>A major incident's banner: since when, who runs it, and its running update clock's due time and stored state.</summary>
public sealed record BoardMajorIncident(DateTimeOffset DeclaredAt, string Manager, DateTimeOffset? UpdateDue = null, JeopardyState? UpdateState = null);

using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// What one wall screen shows of a board version through its filter, worked out in one pass over the open records:
/// counts by priority, in jeopardy and breached today (since midnight in London), the first records nearest to breach,
/// and counts by group; and the open major incidents, which every wall shows whatever its filter (PROCESS.md), oldest
/// declaration first. A screen keeps only this small result, and works it out again only when the board changes.
/// Security incidents count and show only on a screen whose viewer may see them (<c>SecurityIncidents.CanSee</c>).
/// </summary>
public sealed record WallFigures(
    long BoardVersion,
    DateTimeOffset DayStart,
    IReadOnlyDictionary<Priority, int> OpenByPriority,
    int Open,
    int InJeopardy,
    int BreachedToday,
    IReadOnlyList<BoardRecord> Nearest,
    IReadOnlyList<GroupFigures> Groups,
    IReadOnlyList<BoardRecord> MajorIncidents)
{
    public int OpenWith(Priority priority) => OpenByPriority.GetValueOrDefault(priority);

    public static WallFigures Of(Board board, BoardFilter filter, DateTimeOffset now, int nearestRows, bool showSecurityIncidents = false)
    {
        var dayStart = StartOfLondonDay(now);
        var byPriority = new Dictionary<Priority, int>();
        var groups = new Dictionary<int, GroupFigures>();
        var nearest = new List<BoardRecord>(nearestRows);
        var majorIncidents = new List<BoardRecord>();
        int open = 0, inJeopardy = 0, breachedToday = 0;
        foreach (var record in board.Records)
        {
            if (record.SecurityIncident && !showSecurityIncidents) continue;
            if (record.MajorIncident is not null) majorIncidents.Add(record);
            if (!filter.Follows(record.GroupId, record.ServiceId)) continue;
            open++;
            byPriority[record.Priority] = byPriority.GetValueOrDefault(record.Priority) + 1;
            var jeopardy = record.InJeopardy;
            var breached = record.BreachedSince(dayStart);
            if (jeopardy) inJeopardy++;
            if (breached) breachedToday++;
            // The records come nearest due first, so the first that follow the filter are the ones to show.
            if (record.NearestDue is not null && nearest.Count < nearestRows) nearest.Add(record);
            groups[record.GroupId] = (groups.GetValueOrDefault(record.GroupId) ?? new GroupFigures(record.GroupId, record.GroupName, 0, 0, 0, 0, 0))
                .Count(record.Priority, jeopardy, breached);
        }
        var byGroup = groups.Values.OrderByDescending(g => g.Open).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        majorIncidents.Sort((a, b) => a.MajorIncident!.DeclaredAt != b.MajorIncident!.DeclaredAt
            ? a.MajorIncident.DeclaredAt.CompareTo(b.MajorIncident.DeclaredAt)
            : string.CompareOrdinal(a.Number, b.Number));
        return new WallFigures(board.Version, dayStart, byPriority, open, inJeopardy, breachedToday, nearest, byGroup, majorIncidents);
    }

    /// <summary>Midnight at the start of <paramref name="now"/>'s day in Europe/London, GMT or BST.</summary>
    public static DateTimeOffset StartOfLondonDay(DateTimeOffset now)
    {
        var midnight = LondonTime.ToLocal(now).Date;
        return new DateTimeOffset(midnight, LondonTime.Zone.GetUtcOffset(midnight));
    }
}

/// <summary>One group's open records on a wall: how many, how many are P1 or P2, in jeopardy and breached today.</summary>
public sealed record GroupFigures(int GroupId, string Name, int Open, int P1, int P2, int InJeopardy, int BreachedToday)
{
    public GroupFigures Count(Priority priority, bool inJeopardy, bool breachedToday) => this with
    {
        Open = Open + 1,
        P1 = P1 + (priority == Priority.P1 ? 1 : 0),
        P2 = P2 + (priority == Priority.P2 ? 1 : 0),
        InJeopardy = InJeopardy + (inJeopardy ? 1 : 0),
        BreachedToday = BreachedToday + (breachedToday ? 1 : 0),
    };
}

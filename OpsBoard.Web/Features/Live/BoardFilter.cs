namespace OpsBoard.Web.Features.Live;

/// <summary>
/// Which records a board or hub client follows: those held by one of <see cref="Groups"/> (or just passed on by one)
/// and on one of <see cref="Services"/>. An empty list means any, so <see cref="Everything"/> follows every record.
/// A major incident is everyone's business: every board hears MajorIncidentChanged, whatever its filter (PROCESS.md).
/// Problems and changes are on no board: ProblemChanged and ChangeChanged match no filter.
/// </summary>
public sealed record BoardFilter(IReadOnlySet<int> Groups, IReadOnlySet<int> Services)
{
    public static BoardFilter Everything { get; } = new(new HashSet<int>(), new HashSet<int>());

    public static BoardFilter Of(IEnumerable<int>? groups, IEnumerable<int>? services) =>
        new((groups ?? []).ToHashSet(), (services ?? []).ToHashSet());

    public bool Matches(BoardEvent change) =>
        change.Type is not (BoardEventType.ProblemChanged or BoardEventType.ChangeChanged) && (change.Type == BoardEventType.MajorIncidentChanged ||
        (Groups.Count == 0 || Groups.Contains(change.GroupId) || change.PreviousGroupId is { } previous && Groups.Contains(previous))
        && (Services.Count == 0 || Services.Contains(change.ServiceId)));

    /// <summary>Whether a record held by <paramref name="groupId"/> on <paramref name="serviceId"/> is on this board.</summary>
    public bool Follows(int groupId, int serviceId) =>
        (Groups.Count == 0 || Groups.Contains(groupId)) && (Services.Count == 0 || Services.Contains(serviceId));
}

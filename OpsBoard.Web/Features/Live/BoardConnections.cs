using System.Collections.Immutable;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// The hub connections of this node and what each follows. Connections that follow the same <see cref="BoardFilter"/>
/// share one SignalR group, so a change goes out as one send to the groups whose filter matches it (serialized once,
/// written to each member) rather than to a list of connection ids, which SignalR matches against every connection.
/// Connections whose user may see security incidents have groups of their own: only those hear of a restricted record.
/// Group names begin with this node's id: with the Redis backplane a group send reaches the group's members on every node,
/// and every node's relay sends every change (its own and other nodes'), so a shared name would bring each change twice.
/// </summary>
public sealed class BoardConnections(ThisNode node)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> groupOf = [];
    // Each group in use, with its filter and how many connections are in it; replaced whole, so Following reads without a lock.
    private ImmutableDictionary<string, (BoardFilter Filter, bool SeesSecurityIncidents, int Members)> groups =
        ImmutableDictionary<string, (BoardFilter, bool, int)>.Empty;

    /// <summary>
    /// The SignalR group of this node's connections that follow <paramref name="filter"/>: the same name for the same groups and
    /// services, and whether its users may see security incidents.
    /// </summary>
    public string GroupOf(BoardFilter filter, bool seesSecurityIncidents = false) =>
        $"{node.Id:N}:board:g{string.Join(',', filter.Groups.Order())}:s{string.Join(',', filter.Services.Order())}{(seesSecurityIncidents ? ":security" : string.Empty)}";

    /// <summary>Records that <paramref name="connectionId"/> now follows <paramref name="filter"/>; returns the group it joins and the one it left, if another.</summary>
    public (string Joined, string? Left) Follow(string connectionId, BoardFilter filter, bool seesSecurityIncidents = false)
    {
        var joined = GroupOf(filter, seesSecurityIncidents);
        lock (gate)
        {
            var left = Leave(connectionId);
            groupOf[connectionId] = joined;
            var members = groups.TryGetValue(joined, out var group) ? group.Members : 0;
            groups = groups.SetItem(joined, (filter, seesSecurityIncidents, members + 1));
            return (joined, left == joined ? null : left);
        }
    }

    public void Forget(string connectionId)
    {
        lock (gate) Leave(connectionId);
    }

    /// <summary>The groups whose connections follow the record <paramref name="change"/> is about, and may see it.</summary>
    public IReadOnlyList<string> Following(BoardEvent change) =>
        [.. groups.Where(g => (!change.Restricted || g.Value.SeesSecurityIncidents) && g.Value.Filter.Matches(change)).Select(g => g.Key)];

    private string? Leave(string connectionId)
    {
        if (!groupOf.Remove(connectionId, out var left)) return null;
        var (filter, sees, members) = groups[left];
        groups = members == 1 ? groups.Remove(left) : groups.SetItem(left, (filter, sees, members - 1));
        return left;
    }
}

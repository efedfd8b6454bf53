using System.Collections.Immutable;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// The hub connections of this node and what each follows. Connections that follow the same <see cref="BoardFilter"/>
/// share one SignalR group, so a change goes out as one send to the groups whose filter matches it (serialized once,
/// written to each member) rather than to a list of connection ids, which SignalR matches against every connection.
/// </summary>
public sealed class BoardConnections
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> groupOf = [];
    // Each group in use, with its filter and how many connections are in it; replaced whole, so Following reads without a lock.
    private ImmutableDictionary<string, (BoardFilter Filter, int Members)> groups = ImmutableDictionary<string, (BoardFilter, int)>.Empty;

    /// <summary>The SignalR group of the connections that follow <paramref name="filter"/>: the same name for the same groups and services.</summary>
    public static string GroupOf(BoardFilter filter) =>
        $"board:g{string.Join(',', filter.Groups.Order())}:s{string.Join(',', filter.Services.Order())}";

    /// <summary>Records that <paramref name="connectionId"/> now follows <paramref name="filter"/>; returns the group it joins and the one it left, if another.</summary>
    public (string Joined, string? Left) Follow(string connectionId, BoardFilter filter)
    {
        var joined = GroupOf(filter);
        lock (gate)
        {
            var left = Leave(connectionId);
            groupOf[connectionId] = joined;
            var members = groups.TryGetValue(joined, out var group) ? group.Members : 0;
            groups = groups.SetItem(joined, (filter, members + 1));
            return (joined, left == joined ? null : left);
        }
    }

    public void Forget(string connectionId)
    {
        lock (gate) Leave(connectionId);
    }

    /// <summary>The groups whose connections follow the record <paramref name="change"/> is about.</summary>
    public IReadOnlyList<string> Following(BoardEvent change) =>
        [.. groups.Where(g => g.Value.Filter.Matches(change)).Select(g => g.Key)];

    private string? Leave(string connectionId)
    {
        if (!groupOf.Remove(connectionId, out var left)) return null;
        var (filter, members) = groups[left];
        groups = members == 1 ? groups.Remove(left) : groups.SetItem(left, (filter, members - 1));
        return left;
    }
}

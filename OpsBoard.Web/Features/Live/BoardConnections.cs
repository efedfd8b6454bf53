using System.Collections.Concurrent;

namespace OpsBoard.Web.Features.Live;

/// <summary>The hub connections of this node and what each follows.</summary>
public sealed class BoardConnections
{
    private readonly ConcurrentDictionary<string, BoardFilter> filters = new();

    public void Follow(string connectionId, BoardFilter filter) => filters[connectionId] = filter;

    public void Forget(string connectionId) => filters.TryRemove(connectionId, out _);

    /// <summary>The connections that follow the record <paramref name="change"/> is about.</summary>
    public IReadOnlyList<string> Following(BoardEvent change) =>
        [.. filters.Where(f => f.Value.Matches(change)).Select(f => f.Key)];
}

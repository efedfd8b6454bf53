using Microsoft.AspNetCore.SignalR;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// The change feed for .NET and JavaScript clients at <see cref="Path"/>: the client method <see cref="ClientMethod"/>
/// receives each <see cref="BoardEvent"/> as JSON. A new connection hears of every record; <see cref="Subscribe"/> narrows it.
/// </summary>
public sealed class BoardHub(BoardConnections connections) : Hub
{
    public const string Path = "/hubs/board";

    public const string ClientMethod = "boardEvent";

    /// <summary>Follow only records held by one of <paramref name="groups"/> and on one of <paramref name="services"/> (empty or null: any).</summary>
    public Task Subscribe(int[]? groups, int[]? services)
    {
        connections.Follow(Context.ConnectionId, BoardFilter.Of(groups, services));
        return Task.CompletedTask;
    }

    public override Task OnConnectedAsync()
    {
        connections.Follow(Context.ConnectionId, BoardFilter.Everything);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}

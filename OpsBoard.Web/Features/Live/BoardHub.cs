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
    public Task Subscribe(int[]? groups, int[]? services) => FollowAsync(BoardFilter.Of(groups, services));

    public override async Task OnConnectedAsync()
    {
        await FollowAsync(BoardFilter.Everything);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        // SignalR takes a closed connection out of its groups by itself.
        connections.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task FollowAsync(BoardFilter filter)
    {
        var sees = Context.User is { } user && Access.SecurityIncidents.CanSee(user);
        var (joined, left) = connections.Follow(Context.ConnectionId, filter, sees);
        // Into the new group before out of the old one: a change in between may arrive twice, but never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, joined);
        if (left is not null) await Groups.RemoveFromGroupAsync(Context.ConnectionId, left);
    }
}

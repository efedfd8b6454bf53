using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// Hands each published change to the hub connections that follow its record, as one send to the groups of the filters
/// that match it (see <see cref="BoardConnections"/>). The feed's handler only queues
/// (publishing never waits for a slow client); this service sends in order. Unbounded, since a change is never
/// dropped: the queue only grows if SignalR itself stalls.
/// </summary>
public sealed class BoardHubRelay(ChangeFeed feed, BoardConnections connections, IHubContext<BoardHub> hub, ILogger<BoardHubRelay> log) : BackgroundService
{
    private readonly Channel<IReadOnlyList<BoardEvent>> queue = Channel.CreateUnbounded<IReadOnlyList<BoardEvent>>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(events => queue.Writer.TryWrite(events));
        await foreach (var events in queue.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var change in events)
            {
                var following = connections.Following(change);
                if (following.Count == 0) continue;
                try
                {
                    await hub.Clients.Groups(following).SendAsync(BoardHub.ClientMethod, change, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    log.LogWarning(error, "Could not send {Type} for {Number} to hub clients.", change.Type, change.Number);
                }
            }
        }
    }
}

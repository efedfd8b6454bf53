using System.Text.Json;
using System.Threading.Channels;
using StackExchange.Redis;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// Carries the change feed between the nodes that share a Redis (<see cref="RedisScaleOut"/>): each batch and beat this node
/// publishes goes out on the feed's Redis channel, in order, tagged with this node; each batch and beat of another node is told
/// to this node's subscribers (Blazor circuits, the hub relay) as if published here. Its own are passed over: they were told
/// here at once. Publishing never waits for Redis (the feed's handler only queues); while Redis is down this node's own
/// subscribers still hear its changes, the failure is logged once, and other nodes miss what was published meanwhile.
/// </summary>
public sealed class RedisFeedBridge(ChangeFeed feed, RedisConnection redis, ThisNode node, ILogger<RedisFeedBridge> log) : BackgroundService
{
    private readonly Channel<FeedNews> outgoing = Channel.CreateUnbounded<FeedNews>(new UnboundedChannelOptions { SingleReader = true });

    private IDisposable? forwarding;
    private ISubscriber? subscriber;

    /// <summary>Listens before the node serves, so it hears every batch published once it is up.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        forwarding = feed.SubscribeOwn(news => outgoing.Writer.TryWrite(news));
        subscriber = (await redis.GetAsync()).GetSubscriber();
        await ListenAsync(subscriber, redis.ScaleOut.FeedChannel);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        forwarding?.Dispose();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var channel = redis.ScaleOut.FeedChannel;
        var failing = false;
        await foreach (var news in outgoing.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await subscriber!.PublishAsync(channel, JsonSerializer.SerializeToUtf8Bytes(FeedWire.Of(node, news)));
                if (failing) log.LogInformation("Redis at {Redis} is reachable again: other nodes hear this node's changes.", redis.ScaleOut.Endpoints);
                failing = false;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                if (!failing) log.LogError(error, "Redis at {Redis} cannot be reached: other nodes do not hear this node's changes until it is back; this node's own boards still do.", redis.ScaleOut.Endpoints);
                failing = true;
            }
        }
    }

    private async Task ListenAsync(ISubscriber subscriber, RedisChannel channel)
    {
        // One queue, read in order: batches and beats of a node reach this node's subscribers in the order that node published them.
        // Not waited for: the connection keeps the subscription and makes it again each time it reconnects, so a node that
        // started while Redis was down hears the others once Redis is back.
        (await subscriber.SubscribeAsync(channel, CommandFlags.FireAndForget)).OnMessage(message => Receive(message.Message));
        try
        {
            // Redis answers a connection in order: once it answers this, the subscription is made.
            await subscriber.PingAsync();
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            log.LogError(error, "Redis at {Redis} cannot be reached: this node hears other nodes' changes once it is back.", redis.ScaleOut.Endpoints);
        }
    }

    private void Receive(RedisValue value)
    {
        FeedWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<FeedWire>((byte[])value!);
        }
        catch (JsonException error)
        {
            log.LogWarning(error, "Passed over a message on the feed channel that is not a feed batch.");
            return;
        }
        if (wire is null || wire.Node == node.Id) return;
        if (wire.Beat is { } at) feed.BeatFromOtherNode(at);
        if (wire.Events is { Count: > 0 }) feed.PublishFromOtherNode(wire.BoardEvents);
    }
}

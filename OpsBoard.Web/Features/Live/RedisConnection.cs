using StackExchange.Redis;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// This node's one connection to Redis: the SignalR backplane's, the change feed bridge's and the health check's.
/// Made on first use; while Redis is down it reconnects by itself. Every channel on it begins with the channel prefix.
/// </summary>
public sealed class RedisConnection(RedisScaleOut scaleOut) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> connection = new(() => ConnectionMultiplexer.ConnectAsync(scaleOut.Options()));

    public RedisScaleOut ScaleOut => scaleOut;

    public async Task<IConnectionMultiplexer> GetAsync() => await connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated) await (await connection.Value).DisposeAsync();
    }
}

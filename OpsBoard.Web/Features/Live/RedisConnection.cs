using StackExchange.Redis;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// This node's connection to Redis for the change feed's bridge and the health check (the SignalR backplane keeps its own).
/// Made on first use; while Redis is down it reconnects by itself.
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

using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;

namespace OpsBoard.Web.Features.Live;

/// <summary>With <c>OpsBoard:Redis</c> set (<see cref="RedisScaleOut"/>), the SignalR backplane, the change feed's bridge and the health check; without it, nothing.</summary>
public static class RedisRegistration
{
    public static ISignalRServerBuilder AddOpsBoardRedis(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        if (RedisScaleOut.Read(configuration) is not { } scaleOut) return signalR;
        // The backplane shares this node's connection, so it is up when the health check says so.
        signalR.AddStackExchangeRedis(o => o.Configuration = scaleOut.Options());
        signalR.Services.AddOptions<RedisOptions>().Configure<RedisConnection>((o, redis) => o.ConnectionFactory = async _ => await redis.GetAsync());
        signalR.Services.AddSingleton(scaleOut);
        signalR.Services.AddSingleton<RedisConnection>();
        signalR.Services.AddHostedService<RedisFeedBridge>();
        return signalR;
    }

    public static IHealthChecksBuilder AddOpsBoardRedisCheck(this IHealthChecksBuilder health, IConfiguration configuration) =>
        RedisScaleOut.Read(configuration) is null ? health : health.AddCheck<RedisHealthCheck>("redis");
}

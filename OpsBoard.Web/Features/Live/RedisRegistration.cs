using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace OpsBoard.Web.Features.Live;

/// <summary>With <c>OpsBoard:Redis</c> set (<see cref="RedisScaleOut"/>), the SignalR backplane, the change feed's bridge and the health check; without it, nothing.</summary>
public static class RedisRegistration
{
    public static ISignalRServerBuilder AddOpsBoardRedis(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        if (RedisScaleOut.Read(configuration) is not { } scaleOut) return signalR;
        signalR.AddStackExchangeRedis(scaleOut.Configuration, o =>
        {
            o.Configuration.ChannelPrefix = RedisChannel.Literal(scaleOut.ChannelPrefix);
            o.Configuration.AbortOnConnectFail = false;
        });
        signalR.Services.AddSingleton(scaleOut);
        signalR.Services.AddSingleton<RedisConnection>();
        signalR.Services.AddHostedService<RedisFeedBridge>();
        return signalR;
    }

    public static IHealthChecksBuilder AddOpsBoardRedisCheck(this IHealthChecksBuilder health, IConfiguration configuration) =>
        RedisScaleOut.Read(configuration) is null ? health : health.AddCheck<RedisHealthCheck>("redis");
}

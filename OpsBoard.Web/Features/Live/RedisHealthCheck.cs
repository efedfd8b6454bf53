using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpsBoard.Web.Features.Live;

/// <summary>The "redis" entry of /healthz (registered only with <c>OpsBoard:Redis</c>): whether this node reaches the Redis the nodes share.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var where = redis.ScaleOut.Endpoints;
        try
        {
            var connection = await redis.GetAsync();
            if (!connection.IsConnected) return Unreachable(where, null);
            var latency = await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis at {where} answered in {latency.TotalMilliseconds:N1} ms.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return Unreachable(where, error);
        }
    }

    private static HealthCheckResult Unreachable(string where, Exception? error) => HealthCheckResult.Unhealthy(
        $"Redis at {where} cannot be reached: other nodes do not hear this node's changes, nor its hub clients theirs. Start Redis or correct OpsBoard:Redis.",
        error);
}

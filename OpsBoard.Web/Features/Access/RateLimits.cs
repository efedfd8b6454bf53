using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Rate limits: sign-in attempts and kiosk links per address (against guessing, beside lockout), and the REST API per
/// caller. The event intake has its own per-integration limit (<c>OpsBoard:Events:RatePerKey</c>).
/// </summary>
public static class RateLimits
{
    public const string Api = "api";

    public static IServiceCollection AddOpsBoardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIns = configuration.GetValue("OpsBoard:Access:SignInsPerMinute", 20);
        var apiCalls = configuration.GetValue("OpsBoard:Access:ApiCallsPerMinute", 1200);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountEndpoints.SignInLimit, c => RateLimitPartition.GetFixedWindowLimiter(
                c.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signIns, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(Api, c => RateLimitPartition.GetTokenBucketLimiter(
                c.User.Identity?.IsAuthenticated == true ? $"user:{c.User.Identity.Name}" : $"ip:{c.Connection.RemoteIpAddress}",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = apiCalls, TokensPerPeriod = apiCalls, ReplenishmentPeriod = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
                }));
            o.OnRejected = async (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"Slow down: try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s.");
            };
        });
        return services;
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// In demo mode, <c>OpsBoard:Demo:IntegrationKey</c> names the key of a demo integration on the first service, so monitoring
/// tools and smoke checks can send events to a fresh install; it is created at start-up when no integration has that key.
/// </summary>
public static class DemoIntegration
{
    public const string KeySetting = "OpsBoard:Demo:IntegrationKey";
    public const string Name = "Demo monitoring";

    public static async Task EnsureDemoIntegrationAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var key = configuration[KeySetting];
        if (string.IsNullOrWhiteSpace(key) || !configuration.GetValue("OpsBoard:DemoData", true)) return;
        if (key.Length < 16)
        {
            throw new InvalidOperationException($"The setting {KeySetting} must be at least 16 characters: it lets anyone who knows it raise events.");
        }
        var keys = services.GetRequiredService<IntegrationKeys>();
        if (await keys.ExistsAsync(key)) return;
        await using var db = await services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        var service = await db.Services.OrderBy(s => s.Id).FirstOrDefaultAsync();
        if (service is null) return;
        await keys.IssueAsync(Name, service.Id, key);
        logger.LogInformation("Demo integration \"{Name}\" on {Service} accepts events with the key from {Setting}.", Name, service.Name, KeySetting);
    }
}

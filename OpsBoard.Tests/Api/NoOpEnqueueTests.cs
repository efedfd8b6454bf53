using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Api;

/// <summary>The benchmark's no-op intake (/api/v2/enqueue-noop) is mapped only when OpsBoard:Events:BenchmarkNoOp turns it on.</summary>
public sealed class NoOpEnqueueTests
{
    private const string Key = "noop-test-integration-key-0001";

    private const string Event = $$"""
        {"routing_key":"{{Key}}","event_action":"trigger","dedup_key":"disk-full-db01",
         "payload":{"summary":"Disk 95% full on db01","source":"db01","severity":"error"} }
        """;

    [Fact]
    public async Task NoOpEndpoint_IsNotMapped_ByDefault()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.WithWebHostBuilder(b => b.UseSetting(DemoIntegration.KeySetting, Key)).CreateClient();

        var response = await client.PostJsonAsync(NoOpEnqueueEndpoint.Path, Event);

        // The Blazor pages take any GET path, so a POST that no endpoint maps is refused as 405, exactly as for a made-up path.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(response.StatusCode, (await client.PostJsonAsync("/api/v2/no-such-endpoint", Event)).StatusCode);
    }

    [Fact]
    public async Task NoOpEndpoint_WhenTurnedOn_Answers202WithoutStoringTheEvent()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var benchmarking = app.WithWebHostBuilder(b => b
            .UseSetting(DemoIntegration.KeySetting, Key)
            .UseSetting("OpsBoard:Events:BenchmarkNoOp", "true"));

        var response = await benchmarking.CreateClient().PostJsonAsync(NoOpEnqueueEndpoint.Path, Event);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("disk-full-db01", (string?)(await response.ReadObjectAsync())["dedup_key"]);
        await using var db = await benchmarking.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        Assert.Equal(0, await db.IntakeLog.CountAsync());
    }
}

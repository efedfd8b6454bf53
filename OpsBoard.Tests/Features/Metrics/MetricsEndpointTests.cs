using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Wall;

namespace OpsBoard.Tests.Features.Metrics;

/// <summary>GET /metrics over a real socket: what the app did shows in the scrape, in a text Prometheus can read.</summary>
public sealed class MetricsEndpointTests
{
    private const string Received = "opsboard_events_received_total";
    private const string Refused = "opsboard_events_refused_total";
    private const string Deduplicated = "opsboard_events_deduplicated_total";
    private const string Sweep = "opsboard_ola_sweep_duration_seconds";
    private const string Latency = "opsboard_change_feed_latency_seconds";

    [Fact]
    public async Task Scrape_CountsRecordsEventsSweepAndFeed_AsTheyHappened()
    {
        await using var app = new OpsBoardApp
        {
            OnLoopbackPort = true, DemoRecords = 0, Settings = new Dictionary<string, string> { ["OpsBoard:Demo:IntegrationKey"] = EventSender.Key },
        };
        using var client = app.LoopbackClient();
        var seen = new List<BoardEvent>();
        using var _ = app.Services.GetRequiredService<ChangeFeed>().Subscribe(events => { lock (seen) seen.AddRange(events); });
        var before = await ScrapeAsync(client);

        var catalogue = await client.CatalogueAsync();
        foreach (var service in catalogue.Services.Take(2))
        {
            var p1 = ApiClient.NewIncident(service);
            p1["urgency"] = "High";
            Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/records", p1.ToJsonString())).StatusCode);
        }
        await SendAsync(client, EventSender.Trigger("disk-1"), HttpStatusCode.Accepted);
        await SendAsync(client, EventSender.Trigger("disk-1", "Disk 95% full on spine-db-01"), HttpStatusCode.Accepted);
        await SendAsync(client, EventSender.Trigger("cpu-1", "CPU 99% on spine-app-02"), HttpStatusCode.Accepted);
        var badKey = EventSender.Trigger("disk-2");
        badKey["routing_key"] = "no-such-key";
        await SendAsync(client, badKey, HttpStatusCode.BadRequest);
        await SendAsync(client, EventSender.Trigger("disk-3"), HttpStatusCode.UnsupportedMediaType, "text/plain");
        await app.Services.GetRequiredService<EventProcessor>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        app.BrowserClock.Advance(AlertSeed.IntoJeopardy);
        var swept = await app.Services.GetRequiredService<OlaSweepJob>().RunAsync();
        // A change the feed delivers 30 s after its commit: beyond the largest bucket, so only +Inf counts it.
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        feed.Publish(new BoardEvent(BoardEventType.RecordChanged, "INC0000000", app.BrowserClock.GetUtcNow() - TimeSpan.FromSeconds(30), RecordKind.Incident, 1, null, 1, Priority.P3, Status.New));

        var after = await ScrapeAsync(client);

        Assert.Equal(new Dictionary<string, string>
        {
            ["opsboard_open_records"] = "gauge", ["opsboard_open_alerts"] = "gauge", [Received] = "counter", [Refused] = "counter",
            [Deduplicated] = "counter", [Sweep] = "histogram", [Latency] = "histogram",
        }, after.Types);
        Assert.Equal(3, Delta(Received));
        Assert.Equal(1, Delta(Deduplicated));
        Assert.Equal((1, 1, 0), (Delta(Refused, ("status", "400")), Delta(Refused, ("status", "415")), Delta(Refused, ("status", "503"))));
        Assert.Equal(1, Delta(Sweep + "_count"));
        Assert.True(Delta(Sweep + "_sum") > 0, "A sweep run takes some time on the app's clock.");
        Assert.Equal(seen.Count, Delta(Latency + "_count"));
        Assert.Equal(1, Delta(Latency + "_bucket", ("le", "+Inf")) - Delta(Latency + "_bucket", ("le", "10")));
        Assert.True(Delta(Latency + "_sum") >= 30);

        // Open records by priority and state: as the wall reads them, every pair written, the two P1s in jeopardy.
        var board = await app.Services.GetRequiredService<BoardReader>().ReadAsync(null);
        Assert.Equal(25, after.Of("opsboard_open_records").Count());
        foreach (var sample in after.Of("opsboard_open_records"))
        {
            var expected = board.Open.Count(r => r.Priority.ToString() == sample.Labels["priority"] && (r.Worst?.ToString() ?? "none") == sample.Labels["state"]);
            Assert.True(expected == sample.Value, $"{sample.Labels["priority"]}/{sample.Labels["state"]}: the wall has {expected}, the metric says {sample.Value}.");
        }
        Assert.Equal(2, after.Value("opsboard_open_records", ("priority", "P1"), ("state", "Jeopardy")));
        Assert.Equal(4, after.Of("opsboard_open_records").Sum(s => s.Value));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        Assert.Equal(swept.Alerts, await db.JeopardyAlerts.CountAsync(a => a.AcknowledgedAt == null));
        Assert.Equal(2, swept.Alerts);
        Assert.Equal(2, after.Value("opsboard_open_alerts", ("reason", nameof(AlertReason.Clock)), ("state", nameof(JeopardyState.Jeopardy))));
        Assert.Equal(0, after.Value("opsboard_open_alerts", ("reason", nameof(AlertReason.PingPong)), ("state", "none")));

        double Delta(string name, params (string, string)[] labels) => after.Value(name, labels) - before.Value(name, labels);
    }

    [Fact]
    public async Task Scrape_IsForAdministrators_AndAnsweredAsProblemsNotSignInPages()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var anonymous = await app.AnonymousClientWithoutRedirects().GetAsync("/metrics");
        var manager = await (await app.ClientForAsync("manager@opsboard.demo")).GetAsync("/metrics");
        var admin = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.OK), (anonymous.StatusCode, manager.StatusCode, admin.StatusCode));
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", admin.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Scrape_LetsAnyoneIn_WhenAllowAnonymousIsSet()
    {
        await using var app = new OpsBoardApp { DemoData = false, Settings = new Dictionary<string, string> { ["OpsBoard:Metrics:AllowAnonymous"] = "true" } };

        var response = await app.AnonymousClientWithoutRedirects().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, PrometheusText.Parse(await response.Content.ReadAsStringAsync()).Of("opsboard_open_records").Sum(s => s.Value));
    }

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return PrometheusText.Parse(text);
    }

    private static async Task SendAsync(HttpClient client, JsonObject body, HttpStatusCode expected, string contentType = "application/json")
    {
        var response = await client.PostAsync("/api/v2/enqueue", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, contentType));
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

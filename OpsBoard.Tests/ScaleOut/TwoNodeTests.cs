using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Npgsql;
using OpsBoard.Domain.Ola;
using OpsBoard.Tests.Browser;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using Xunit.Abstractions;

namespace OpsBoard.Tests.ScaleOut;

/// <summary>
/// Issue 9: two nodes behind a proxy share PostgreSQL and Redis. A change made through one reaches the hub clients and wall
/// screens of the other; a clock's crossing raises one alert however many nodes sweep; killing a node loses nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoNodeTests(BrowserSession browser, ITestOutputHelper log)
{
    private static readonly TimeSpan TwoSeconds = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SweepWait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AChangeThroughNodeA_ReachesAHubClientAndAWallScreenOnNodeB_WithinTwoSeconds_SignedInOnNodeA()
    {
        await using var nodes = await TwoNodes.StartAsync(TimeProvider.System.GetUtcNow());
        await using var hubOnB = await TwoNodes.HubClientAsync(nodes.B);
        using var a = TwoNodes.Client(nodes.A);
        var service = (await a.CatalogueAsync()).Services[0];
        // Signed in on node A; the cookie opens node B's wall, as the keys that sign it are shared.
        var page = await browser.OpenAsync(new Uri(nodes.A.Address, "wall"), 1920, 1080);
        await page.GotoAsync(new Uri(nodes.B.Address, "wall").ToString());
        Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=wall-live]")).ToHaveAttributeAsync("data-live", "true");
        var p1 = page.Locator("[data-testid=tile-p1-count]");
        var before = int.Parse(await p1.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        // A first change warms node A's new process (its first write compiles its queries), then the measured one; each
        // is timed from A's answer, when it has committed and published.
        var warm = await a.OpenIncidentAsync(service);
        await hubOnB.UntilAsync("RecordCreated", warm);
        var body = ApiClient.NewIncident(service);
        body["urgency"] = "High";
        var created = await a.PostJsonAsync("/api/records", body.ToJsonString());
        var made = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (string)(await created.ReadObjectAsync())["number"]!;

        var seen = await hubOnB.UntilAsync("RecordCreated", number, TwoSeconds);
        var heardAfter = made.Elapsed;
        await Assertions.Expect(p1).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            new() { Timeout = (float)Math.Max(1, (TwoSeconds - made.Elapsed).TotalMilliseconds) });
        log.WriteLine($"{number} made on A: B's hub client heard it {heardAfter.TotalMilliseconds:F0} ms after A answered, B's wall showed it by {made.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.True(heardAfter <= TwoSeconds, $"B's hub client heard of {number} {heardAfter.TotalMilliseconds:F0} ms after A answered.");
        Assert.Single(seen, e => Is(e, "RecordCreated", number));
        await page.CloseAsync();
    }

    [Fact]
    public async Task ThresholdCrossings_RaiseExactlyOneAlertEach_AcrossBothNodes_AndEachHubClientHearsEachOnce()
    {
        const int Records = 30;
        var now = TimeProvider.System.GetUtcNow();
        // One demo record, so the nodes find the database loaded and add no demo data of their own.
        await using var nodes = await TwoNodes.StartAsync(now, demoRecords: 1);
        var sweepsFrom = TimeProvider.System.GetUtcNow();
        await using var hubOnA = await TwoNodes.HubClientAsync(nodes.A);
        await using var hubOnB = await TwoNodes.HubClientAsync(nodes.B);

        // P1s opened 12 minutes ago: each response clock (15 minutes, 24x7) is past 75%, due to cross into Jeopardy now.
        var numbers = await OpenP1sAsync(nodes.Database, Records, now - AlertSeed.IntoJeopardy);
        var alertsOnA = await AlertsForAsync(hubOnA, numbers);
        var alertsOnB = await AlertsForAsync(hubOnB, numbers);

        await using var db = await nodes.Database.Factory.CreateDbContextAsync();
        var stored = await db.JeopardyAlerts.Where(x => numbers.Contains(x.Record!.Number))
            .Select(x => new { x.Record!.Number, x.OlaTargetId, x.State }).ToListAsync();
        Assert.Equal(Records, stored.Count);
        Assert.All(stored, x => Assert.Equal(JeopardyState.Jeopardy, x.State));
        Assert.Equal(numbers.Order(), stored.Select(x => x.Number).Order());
        Assert.Equal(numbers.Order(), alertsOnA.Order());
        Assert.Equal(numbers.Order(), alertsOnB.Order());
        // Hangfire on PostgreSQL: the nodes share one schedule, so the 2-second sweep ran once per interval, not once per node.
        var window = TimeProvider.System.GetUtcNow() - sweepsFrom;
        var sweeps = await SweepJobsAsync(nodes, sweepsFrom);
        var intervals = (int)(window.TotalSeconds / 2) + 1;
        log.WriteLine($"{sweeps} sweep jobs in {window.TotalSeconds:F1} s across both nodes ({intervals} intervals).");
        Assert.InRange(sweeps, 1, intervals + 1);
    }

    [Fact]
    public async Task KillingNodeA_LeavesNodeBSweepingAndServing_WithNothingAcceptedLost()
    {
        const int Events = 150;
        await using var nodes = await TwoNodes.StartAsync(TimeProvider.System.GetUtcNow());
        await using var hubOnB = await TwoNodes.HubClientAsync(nodes.B);
        using var a = new HttpClient { BaseAddress = nodes.A.Address, Timeout = TimeSpan.FromSeconds(30) };
        var keys = Enumerable.Range(1, Events).Select(i => $"two-nodes-{i}").ToList();
        foreach (var chunk in keys.Chunk(25))
        {
            var answers = await Task.WhenAll(chunk.Select(key => a.PostJsonAsync("/api/v2/enqueue", Trigger(key))));
            Assert.All(answers, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        }
        nodes.A.Kill();
        await nodes.A.WaitForExitAsync();

        // Every event A answered 202 becomes exactly one EVT: B applies what A stored and did not apply. B's hub client paces
        // the look: B publishes each batch it applies.
        await using (var db = await nodes.Database.Factory.CreateDbContextAsync())
        {
            while (await db.IntakeLog.CountAsync(e => e.ProcessedAt == null) is var waiting and > 0)
            {
                try
                {
                    await hubOnB.NextAsync(SweepWait);
                }
                catch (TimeoutException)
                {
                    Assert.Fail($"B left {waiting} stored events unapplied for {SweepWait.TotalSeconds} s.\n{nodes.Output}");
                }
            }
            var evts = await db.Records.Where(r => r.Kind == OpsBoard.Domain.Records.RecordKind.Event).Select(r => r.Title).ToListAsync();
            Assert.Equal(Events, evts.Count(t => t.StartsWith("Two nodes ", StringComparison.Ordinal)));
            Assert.Equal(Events, evts.Where(t => t.StartsWith("Two nodes ", StringComparison.Ordinal)).Distinct().Count());
        }

        // B sweeps on: a clock due to cross now crosses, and B's hub client hears its alert.
        var numbers = await OpenP1sAsync(nodes.Database, 1, TimeProvider.System.GetUtcNow() - AlertSeed.IntoJeopardy);
        Assert.Equal(numbers, await AlertsForAsync(hubOnB, numbers));

        // And serves: a record opened through B's API is read back through it.
        using var b = TwoNodes.Client(nodes.B);
        var number = await b.OpenIncidentAsync((await b.CatalogueAsync()).Services[0]);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/api/records/{number}")).StatusCode);
    }

    private static string Trigger(string key) => new System.Text.Json.Nodes.JsonObject
    {
        ["routing_key"] = AppProcess.DemoIntegrationKey,
        ["event_action"] = "trigger",
        ["dedup_key"] = key,
        ["payload"] = new System.Text.Json.Nodes.JsonObject { ["summary"] = $"Two nodes {key}", ["source"] = "spine-db-01", ["severity"] = "error" },
    }.ToJsonString();

    /// <summary>Opens P1 incidents on the shared database as if at <paramref name="at"/>, through the real recording service.</summary>
    private static async Task<IReadOnlyList<string>> OpenP1sAsync(TestDatabase database, int count, DateTimeOffset at)
    {
        var clock = new FakeTimeProvider(at);
        var recording = new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        var service = (await new OpsBoard.Web.Features.Cmdb.CmdbCatalogue(database.Factory).GetAsync()).Services[0];
        var numbers = new List<string>();
        for (var i = 0; i < count; i++) numbers.Add(await AlertSeed.OpenP1Async(recording, service));
        return numbers;
    }

    /// <summary>The records of <paramref name="numbers"/> whose AlertRaised this client heard, once all have been heard (bounded).</summary>
    private static async Task<List<string>> AlertsForAsync(BoardClient hub, IReadOnlyList<string> numbers)
    {
        var heard = new List<string>();
        var deadline = Stopwatch.StartNew();
        while (!numbers.All(heard.Contains))
        {
            var left = SweepWait - deadline.Elapsed;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"Heard alerts for {heard.Count} of {numbers.Count} records within {SweepWait.TotalSeconds} s.");
            var next = await hub.NextAsync(left);
            if (next.GetProperty("type").GetString() == "AlertRaised" && next.GetProperty("number").GetString() is { } number && numbers.Contains(number))
            {
                heard.Add(number);
            }
        }
        return heard;
    }

    /// <summary>How many OLA sweep jobs Hangfire created, across all nodes, since <paramref name="from"/>.</summary>
    private static async Task<int> SweepJobsAsync(TwoNodes nodes, DateTimeOffset from)
    {
        await using var connection = new NpgsqlConnection(nodes.Database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM hangfire.job WHERE invocationdata::text LIKE '%OlaSweepJob%' AND createdat >= @from", connection);
        command.Parameters.AddWithValue("from", from.UtcDateTime);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Is(JsonElement e, string type, string number) =>
        e.GetProperty("type").GetString() == type && e.GetProperty("number").GetString() == number;
}

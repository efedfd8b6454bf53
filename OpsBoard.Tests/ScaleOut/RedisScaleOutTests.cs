using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.ScaleOut;

/// <summary>
/// Two nodes sharing a database and Redis (<see cref="InProcessNodes"/>): what one node's users change reaches the hub clients and
/// Blazor circuits of the other, once each, only for those who may see it; the sweep's beat crosses too.
/// </summary>
public sealed class RedisScaleOutTests
{
    [Fact]
    public async Task ChangeThroughNodeA_ReachesAHubClientOnNodeB_ExactlyOnce()
    {
        await using var nodes = InProcessNodes.Start();
        var http = nodes.A.CreateClient();
        var service = (await http.CatalogueAsync()).Services[0];
        await using var onA = await BoardClient.ConnectAsync(nodes.A);
        await using var onB = await BoardClient.ConnectAsync(nodes.B);
        using var feedOfB = new FeedWatch(nodes.B.Services.GetRequiredService<ChangeFeed>());

        var number = await http.OpenIncidentAsync(service);

        // A's relay has sent it, and B's relay has it: had both sent to groups of the same name, B's client would hear it twice,
        // before a change B's relay sends after it (Redis delivers in the order it was told).
        await onA.UntilAsync("RecordCreated", number);
        await feedOfB.NextAsync(e => e.Number == number, $"{number} on node B's feed");
        var later = await nodes.B.CreateClient().OpenIncidentAsync(service);
        var heard = await onB.UntilAsync("RecordCreated", later);
        Assert.Equal(1, heard.Count(e => e.GetProperty("number").GetString() == number));
        Assert.Equal(1, (await onA.UntilAsync("RecordCreated", later)).Count(e => e.GetProperty("number").GetString() == later));
    }

    [Fact]
    public async Task ChangeThroughNodeA_ReachesNodeBsFeed_AsPublishedOnA()
    {
        await using var nodes = InProcessNodes.Start();
        var http = nodes.A.CreateClient();
        var service = (await http.CatalogueAsync()).Services[0];
        using var feedOfA = new FeedWatch(nodes.A.Services.GetRequiredService<ChangeFeed>());
        // What a Blazor circuit on B hears: LiveComponent subscribes to the feed of its node.
        using var feedOfB = new FeedWatch(nodes.B.Services.GetRequiredService<ChangeFeed>());

        var number = await http.OpenIncidentAsync(service);

        var published = await feedOfA.NextAsync(e => e.Number == number, $"{number} on node A's feed");
        var heard = await feedOfB.NextAsync(e => e.Number == number, $"{number} on node B's feed");
        Assert.Equal(published, heard);
    }

    [Fact]
    public async Task RestrictedChangeThroughNodeA_ReachesOnlySeersOnNodeB()
    {
        await using var nodes = InProcessNodes.Start();
        var http = nodes.A.CreateClient();
        var service = (await http.CatalogueAsync()).Services[0];
        await using var security = await BoardClient.ConnectAsync(nodes.B, await TokenOfAsync(nodes.B, "security@opsboard.demo"));
        await using var soc = await BoardClient.ConnectAsync(nodes.B, await TokenOfAsync(nodes.B, "soc@opsboard.demo"));
        using var feedOfB = new FeedWatch(nodes.B.Services.GetRequiredService<ChangeFeed>());

        var secret = ApiClient.NewIncident(service);
        secret["category"] = "Security";
        var created = await http.PostJsonAsync("/api/records", secret.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secretNumber = (string)(await created.ReadObjectAsync())["number"]!;
        var ordinary = await http.OpenIncidentAsync(service);

        Assert.True((await feedOfB.NextAsync(e => e.Number == secretNumber, $"{secretNumber} on node B's feed")).Restricted,
            "The restriction crossed to node B, so its circuits and relay keep the record from those who may not see it.");
        Assert.Equal(secretNumber, (await security.NextAsync()).GetProperty("number").GetString());
        // Events arrive in order: had the security incident reached the SOC analyst, it would come first.
        var first = await soc.NextAsync();
        Assert.Equal(("RecordCreated", ordinary), (first.GetProperty("type").GetString(), first.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task SweepBeatOnNodeA_SetsLastBeatOnNodeB()
    {
        await using var nodes = InProcessNodes.Start();
        var (feedA, feedB) = (nodes.A.Services.GetRequiredService<ChangeFeed>(), nodes.B.Services.GetRequiredService<ChangeFeed>());
        using var watchB = new FeedWatch(feedB);
        var beat = TestClock.MondayMorning.AddMinutes(3);
        Assert.Null(feedB.LastBeat);

        feedA.Beat(beat);
        // Published after the beat: once B hears it, B has heard the beat (one channel, read in order).
        feedA.Publish(BoardEvent.OfLinked(BoardEventType.ProblemChanged, "PRB0000001", beat));
        await watchB.NextAsync(e => e.Number == "PRB0000001", "the change published after the beat, on node B's feed");

        Assert.Equal(beat, feedB.LastBeat);
    }

    [Fact]
    public async Task Healthz_ReportsRedisHealthy_WhenRedisAnswers()
    {
        await using var app = new OpsBoardApp { DemoData = false, Settings = InProcessNodes.RedisSettings($"opsboard-test-{Guid.NewGuid():N}") };

        var response = await app.AnonymousClient().GetAsync("/healthz");

        var redis = await RedisCheckAsync(response);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (response.StatusCode, (string?)redis["status"]));
        Assert.Contains("answered in", (string?)redis["description"]);
    }

    [Fact]
    public async Task Healthz_ReportsRedisUnhealthy_AndLocalBoardsStillHearChanges_WhenRedisCannotBeReached()
    {
        var nowhere = $"127.0.0.1:{OpsBoardApp.FreeLoopbackPort()}";
        await using var app = new OpsBoardApp { DemoRecords = 0, Settings = InProcessNodes.RedisSettings($"opsboard-test-{Guid.NewGuid():N}", nowhere) };
        var http = app.CreateClient();
        using var feed = new FeedWatch(app.Services.GetRequiredService<ChangeFeed>());

        var response = await app.AnonymousClient().GetAsync("/healthz");
        var redis = await RedisCheckAsync(response);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (response.StatusCode, (string?)redis["status"]));
        Assert.Contains($"Redis at {nowhere} cannot be reached", (string?)redis["description"]);

        var number = await http.OpenIncidentAsync((await http.CatalogueAsync()).Services[0]);
        await feed.NextAsync(e => e.Number == number, $"{number} on this node's feed while Redis is down");
    }

    [Fact]
    public async Task NodesStartedWhileRedisIsDown_ShareTheFeed_OnceRedisIsUp()
    {
        using var redis = new PrivateRedis();
        await using var nodes = InProcessNodes.Start(redis: redis.Configuration);
        var http = nodes.A.CreateClient();
        var service = (await http.CatalogueAsync()).Services[0];
        using var feedOfB = new FeedWatch(nodes.B.Services.GetRequiredService<ChangeFeed>());
        // Recorded and told on A while Redis is down (B may miss it); A's bridge then waits for Redis again.
        await http.OpenIncidentAsync(service);

        redis.Start();
        await PrivateRedis.ConnectedAsync(nodes.A);
        await PrivateRedis.ConnectedAsync(nodes.B);
        var afterwards = await http.OpenIncidentAsync(service);

        await feedOfB.NextAsync(e => e.Number == afterwards, $"{afterwards} on node B's feed once Redis is up");
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> RedisCheckAsync(HttpResponseMessage healthz) =>
        Assert.Single((await healthz.ReadObjectAsync())["checks"]!.AsArray(), c => (string?)c!["name"] == "redis")!;

    private static async Task<string> TokenOfAsync(OpsBoardApp app, string email) =>
        (await app.ClientForAsync(email)).DefaultRequestHeaders.Authorization!.Parameter!;
}

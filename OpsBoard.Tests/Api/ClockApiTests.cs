using System.Net;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

public sealed class ClockApiTests
{
    private static readonly DateTimeOffset Nine = TestClock.MondayMorning;

    [Fact]
    public async Task GetClocks_ShowsResponseMetAndResolutionRunningWithItsDue_WhenAcknowledgedAndTimeHasPassed()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var soc = catalogue.Groups.Single(g => g.Line == 1);
        // Medium impact and urgency: P3, on working hours (2 working hours to respond, 30 to resolve).
        var body = ApiClient.NewIncident(catalogue.Services[0]);
        body["impact"] = "Medium";
        body["urgency"] = "Medium";
        var number = (string)(await (await client.PostJsonAsync("/api/records", body.ToJsonString())).ReadObjectAsync())["number"]!;
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var acknowledged = await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Acknowledge"}""");
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        // To 19:00 on Monday: nine working hours counted (09:00 to 18:00), then one out of hours.
        app.Clock.Advance(TimeSpan.FromMinutes(9 * 60 + 40));

        var response = await client.GetAsync($"/api/records/{number.ToLowerInvariant()}/clocks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.ReadObjectAsync();
        Assert.Equal((number, Nine.AddHours(10)), ((string?)view["number"], (DateTimeOffset)view["readAt"]!));
        var clocks = view["clocks"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(["RecordResolution", "Response", "Resolution"], clocks.Select(c => (string?)c["kind"]));

        var respond = clocks[1];
        Assert.Equal(("Met", Nine.AddMinutes(20), false, "OnTrack"),
            ((string?)respond["stopReason"], (DateTimeOffset)respond["stoppedAt"]!, (bool)respond["isRunning"]!, (string?)respond["state"]));
        Assert.Equal((1, soc.Id, soc.Name, "P3"), ((int)respond["segment"]!, (int?)respond["supportGroupId"], (string?)respond["supportGroup"], (string?)respond["priority"]));
        Assert.Equal(TimeSpan.FromMinutes(20), Time(respond["used"]));

        var resolve = clocks[2];
        Assert.Equal((true, false, "OnTrack", "Working hours"),
            ((bool)resolve["isRunning"]!, (bool)resolve["isPaused"]!, (string?)resolve["state"], (string?)resolve["calendar"]));
        Assert.Equal((TimeSpan.FromHours(30), TimeSpan.FromHours(9), TimeSpan.FromHours(21), 30.0),
            (Time(resolve["target"]), Time(resolve["used"]), Time(resolve["left"]), (double)resolve["percentUsed"]!));
        // 9 hours on Monday, 10 each on Tuesday and Wednesday, and the last hour from 08:00 on Thursday.
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), (DateTimeOffset)resolve["due"]!);
        Assert.Equal(["InHours", "OutOfHours"], resolve["spans"]!.AsArray().Select(s => (string?)s!["kind"]));

        var recordTarget = clocks[0];
        Assert.Equal(("Record", null), ((string?)recordTarget["supportGroup"], (int?)recordTarget["supportGroupId"]));
        Assert.All(recordTarget["spans"]!.AsArray(), s => Assert.Equal(soc.Name, (string?)s!["supportGroup"]));
        foreach (var clock in clocks)
        {
            var spans = clock["spans"]!.AsArray();
            Assert.Equal(Time(clock["used"]), TimeSpan.FromTicks(spans.Sum(s => Time(s!["counted"]).Ticks)));
            Assert.Equal((DateTimeOffset)clock["start"]!, (DateTimeOffset)spans[0]!["start"]!);
        }
    }

    [Fact]
    public async Task GetClocks_ListsThePauseWithReasonAndWho_WhenRecordWasPending()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var number = (string)(await (await client.PostJsonAsync("/api/records", ApiClient.NewIncident((await client.CatalogueAsync()).Services[0]).ToJsonString()))
            .ReadObjectAsync())["number"]!;
        await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Acknowledge"}""");
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Pend","pendingReason":"AwaitingCaller"}""");
        app.Clock.Advance(TimeSpan.FromMinutes(45));

        var clocks = (await (await client.GetAsync($"/api/records/{number}/clocks")).ReadObjectAsync())["clocks"]!.AsArray();

        var resolve = clocks.Single(c => (string?)c!["kind"] == "Resolution")!;
        Assert.Equal((false, true, "AwaitingCaller"), ((bool)resolve["isRunning"]!, (bool)resolve["isPaused"]!, (string?)resolve["pausedFor"]));
        var paused = resolve["spans"]!.AsArray()[^1]!;
        Assert.Equal(("Paused", "AwaitingCaller", Nine.AddMinutes(30), Nine.AddMinutes(75), TimeSpan.Zero),
            ((string?)paused["kind"], (string?)paused["pauseReason"], (DateTimeOffset)paused["start"]!, (DateTimeOffset)paused["end"]!, Time(paused["counted"])));
        Assert.False(string.IsNullOrWhiteSpace((string?)paused["pausedBy"]));
        Assert.Equal(TimeSpan.FromMinutes(30), Time(resolve["used"]));
    }

    [Fact]
    public async Task GetClocks_Returns404Problem_WhenNumberUnknown()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var response = await app.CreateClient().GetAsync("/api/records/INC9999999/clocks");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("INC9999999", (string)(await response.ReadObjectAsync())["detail"]!);
    }

    [Fact]
    public async Task OpenApi_ListsClocksEndpoint_WhenDocumentRequested()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadObjectAsync();

        Assert.NotNull(document["paths"]!["/api/records/{number}/clocks"]?["get"]);
    }

    private static TimeSpan Time(JsonNode? node) => TimeSpan.Parse((string)node!, System.Globalization.CultureInfo.InvariantCulture);
}

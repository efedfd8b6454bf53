using System.Net;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Tests.Api;

/// <summary>Running a major incident through /api/major-incidents: its update clock, timeline and children.</summary>
public sealed class MajorIncidentApiTests
{
    private static async Task<(string Number, PersonOption Manager)> DeclareAsync(HttpClient client, ServiceOption service)
    {
        var number = await client.OpenIncidentAsync(service);
        var manager = (await client.CatalogueAsync()).Groups.SelectMany(g => g.Members).First();
        var declared = await client.PostJsonAsync($"/api/records/{number}/actions",
            $$"""{"action":"DeclareMajorIncident","managerId":{{manager.Id}},"updateEveryMinutes":20}""");
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        return (number, manager);
    }

    [Fact]
    public async Task Update_MeetsTheUpdateClock_AndShowsOnTheTimeline()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var (number, manager) = await DeclareAsync(client, (await client.CatalogueAsync()).Services[0]);
        var declared = await (await client.GetAsync($"/api/major-incidents/{number}")).ReadObjectAsync();
        Assert.Equal((manager.Name, "00:20:00"), ((string?)declared["manager"], (string?)declared["updateEvery"]));
        Assert.Equal(TestClock.MondayMorning.AddMinutes(20), declared["updateDue"]!["due"]!.GetValue<DateTimeOffset>());
        app.Clock.Advance(TimeSpan.FromMinutes(12));

        var empty = await client.PostJsonAsync($"/api/major-incidents/{number}/updates", """{"text":" "}""");
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Equal("update", (string?)(await empty.ReadObjectAsync())["field"]);
        var posted = await client.PostJsonAsync($"/api/major-incidents/{number}/updates", """{"text":"Supplier engaged; failover under way"}""");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var detail = await posted.ReadObjectAsync();
        Assert.Equal(TestClock.MondayMorning.AddMinutes(32), detail["updateDue"]!["due"]!.GetValue<DateTimeOffset>());
        var last = detail["timeline"]!.AsArray()[^1]!;
        // The timeline starts at the declaration, not with the record's own opening.
        Assert.Equal("Major incident", (string?)detail["timeline"]!.AsArray()[0]!["what"]);
        Assert.Equal(("Major incident update", "Supplier engaged; failover under way"), ((string?)last["what"], (string?)last["text"]));
        var open = (await (await client.GetAsync("/api/major-incidents")).Content.ReadAsStringAsync());
        Assert.Contains(number, open);
    }

    [Fact]
    public async Task LinkChildren_LinksAllOrNone_ThenResolvingTheMajorIncident_ResolvesThem()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var service = (await client.CatalogueAsync()).Services[0];
        var (number, _) = await DeclareAsync(client, service);
        var children = new[] { await client.OpenIncidentAsync(service), await client.OpenIncidentAsync(service) };
        var before = await client.GetStringAsync($"/api/records/{children[0]}");

        var refused = await client.PostJsonAsync($"/api/major-incidents/{number}/children", new JsonObject { ["numbers"] = new JsonArray(children[0], number) }.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal($"{number} cannot be a child of itself.", (string?)(await refused.ReadObjectAsync())["detail"]);
        Assert.Equal(before, await client.GetStringAsync($"/api/records/{children[0]}"));
        var unknown = await client.PostJsonAsync($"/api/major-incidents/{number}/children", """{"numbers":["INC9999999"]}""");
        Assert.Equal("There is no record INC9999999; check the numbers.", (string?)(await unknown.ReadObjectAsync())["detail"]);

        var linked = await client.PostJsonAsync($"/api/major-incidents/{number}/children", new JsonObject { ["numbers"] = new JsonArray(children[0], children[1]) }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(children, (await linked.ReadObjectAsync())["children"]!.AsArray().Select(c => (string)c!["number"]!));
        var resolve = await client.PostJsonAsync($"/api/major-incidents/{number}/resolve", """{"resolutionCode":"Fixed","note":"Failed over to the standby site"}""");
        Assert.Equal(HttpStatusCode.Conflict, resolve.StatusCode);
        Assert.Equal("Acknowledge the record before resolving it.", (string?)(await resolve.ReadObjectAsync())["detail"]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Acknowledge"}""")).StatusCode);

        resolve = await client.PostJsonAsync($"/api/major-incidents/{number}/resolve", """{"resolutionCode":"Fixed","note":"Failed over to the standby site"}""");

        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        Assert.Equal(2, (int)(await resolve.ReadObjectAsync())["childrenResolved"]!);
        foreach (var child in children)
        {
            var record = await (await client.GetAsync($"/api/records/{child}")).ReadObjectAsync();
            Assert.Equal(("Resolved", $"Resolved with major incident {number}: Failed over to the standby site"), ((string?)record["status"], (string?)record["resolutionNote"]));
        }
        Assert.DoesNotContain(number, await client.GetStringAsync("/api/major-incidents"));
    }

    [Fact]
    public async Task RunningAMajorIncident_IsRefused_ForASocAnalyst()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var service = (await client.CatalogueAsync()).Services[0];
        var (number, _) = await DeclareAsync(client, service);
        var child = await client.OpenIncidentAsync(service);
        var soc = await app.ClientForAsync("soc@opsboard.demo");

        var update = await soc.PostJsonAsync($"/api/major-incidents/{number}/updates", """{"text":"News"}""");
        var link = await soc.PostJsonAsync($"/api/major-incidents/{number}/children", $$"""{"numbers":["{{child}}"]}""");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (update.StatusCode, link.StatusCode));
        Assert.Contains("Only a major incident manager", (string?)(await link.ReadObjectAsync())["detail"]);
        Assert.Empty((await (await client.GetAsync($"/api/major-incidents/{number}")).ReadObjectAsync())["children"]!.AsArray());
    }
}

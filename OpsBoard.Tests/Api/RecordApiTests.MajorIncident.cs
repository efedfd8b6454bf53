using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

public sealed partial class RecordApiTests
{
    [Fact]
    public async Task DeclareMajorIncident_NeedsAManager_ThenShowsOnTheRecord_AndCannotBeDeclaredAgain()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var number = await OpenAsync(client, catalogue.Services[0]);
        var manager = catalogue.Groups.SelectMany(g => g.Members).First();
        var before = await client.GetStringAsync($"/api/records/{number}");
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var noManager = await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"DeclareMajorIncident"}""");
        Assert.Equal(HttpStatusCode.Conflict, noManager.StatusCode);
        Assert.Equal("managerId", (string?)(await noManager.ReadObjectAsync())["field"]);
        var unknown = await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"DeclareMajorIncident","managerId":99999}""");
        Assert.Contains("There is no person with id 99999", (string)(await unknown.ReadObjectAsync())["detail"]!);
        Assert.Equal(before, await client.GetStringAsync($"/api/records/{number}"));

        var declared = await client.PostJsonAsync($"/api/records/{number}/actions",
            $$"""{"action":"DeclareMajorIncident","managerId":{{manager.Id}},"note":"Spine down for every trust"}""");

        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        var record = await declared.ReadObjectAsync();
        var majorIncident = record["majorIncident"]!.AsObject();
        Assert.Equal((manager.Id, manager.Name, TestClock.MondayMorning.AddMinutes(5)),
            ((int)majorIncident["managerId"]!, (string?)majorIncident["manager"], majorIncident["declaredAt"]!.GetValue<DateTimeOffset>()));
        Assert.DoesNotContain("DeclareMajorIncident", record["allowedActions"]!.AsArray().Select(a => (string?)a));
        var entry = record["history"]!.AsArray()[^1]!;
        Assert.Equal(("Major incident", $"Declared; major incident manager {manager.Name}; updates due every 30 minutes: Spine down for every trust"), ((string?)entry["field"], (string?)entry["newValue"]));

        var again = await client.PostJsonAsync($"/api/records/{number}/actions", $$"""{"action":"DeclareMajorIncident","managerId":{{manager.Id}}}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"already a major incident, run by {manager.Name}", (string)(await again.ReadObjectAsync())["detail"]!);
    }
}

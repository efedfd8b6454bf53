using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Tests.Api;

/// <summary>GET /api/alerts and POST /api/alerts/{id}/acknowledge, with problem details on bad input.</summary>
public sealed class AlertApiTests
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Acknowledge_NeedsANote_ThenAcknowledgesOnce_AndTheAlertLeavesTheList()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var service = (await client.CatalogueAsync()).Services[0];
        var body = ApiClient.NewIncident(service);
        body["urgency"] = "High";
        var number = (string)(await (await client.PostJsonAsync("/api/records", body.ToJsonString())).ReadObjectAsync())["number"]!;
        app.Clock.Advance(AlertSeed.IntoJeopardy);
        await app.Services.GetRequiredService<OlaSweepJob>().RunAsync();

        var listed = await (await client.GetAsync($"/api/alerts?services={service.Id}")).ReadObjectAsync();
        var alert = Assert.Single(listed["alerts"]!.AsArray())!.AsObject();
        Assert.Equal((number, "Jeopardy", "Response"), ((string?)alert["number"], (string?)alert["state"], (string?)alert["kind"]));
        var id = (long)alert["id"]!;

        var noNote = await client.PostJsonAsync($"/api/alerts/{id}/acknowledge", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Equal(ProblemJson, noNote.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Enter a note of the action taken", (string)(await noNote.ReadObjectAsync())["errors"]!["note"]![0]!);

        var badResponse = await client.PostJsonAsync($"/api/alerts/{id}/acknowledge", """{"response":"Ignore","note":"x"}""");
        Assert.Equal(HttpStatusCode.BadRequest, badResponse.StatusCode);
        Assert.Contains("Acknowledge, Reassign, Escalate, EscalateToServiceManager, Chase", (string)(await badResponse.ReadObjectAsync())["detail"]!);

        var done = await client.PostJsonAsync($"/api/alerts/{id}/acknowledge", """{"note":"Accepted: the supplier fix lands at 10:00."}""");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var history = (await done.ReadObjectAsync())["history"]!.AsArray();
        Assert.Contains(history, h => (string?)h!["newValue"] == "Acknowledged: Accepted: the supplier fix lands at 10:00.");

        var again = await client.PostJsonAsync($"/api/alerts/{id}/acknowledge", """{"note":"Me too"}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already acknowledged by", (string)(await again.ReadObjectAsync())["detail"]!);
        Assert.Empty((await (await client.GetAsync("/api/alerts")).ReadObjectAsync())["alerts"]!.AsArray());
    }

    [Fact]
    public async Task Acknowledge_Returns404Problem_ForAnUnknownAlert()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var response = await app.CreateClient().PostJsonAsync("/api/alerts/999999/acknowledge", """{"note":"Chased"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no jeopardy alert 999999", (string)(await response.ReadObjectAsync())["detail"]!);
    }
}

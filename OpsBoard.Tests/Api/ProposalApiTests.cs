using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Api;

/// <summary>/api/proposals: five incidents through the API raise a proposal by themselves; accepting and dismissing, with problem details.</summary>
public sealed class ProposalApiTests
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>Five incidents on the first service's first item through the API, and the proposal the app raises for them.</summary>
    private static async Task<(HttpClient Client, long Id, List<string> Numbers)> ProposeAsync(OpsBoardApp app)
    {
        using var watch = new FeedWatch(app.Services.GetRequiredService<ChangeFeed>());
        var client = app.CreateClient();
        var service = (await client.CatalogueAsync()).Services[0];
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            numbers.Add(await client.OpenIncidentAsync(service));
        }
        await watch.NextAsync(e => e.Type == BoardEventType.ProposalChanged, "proposal raised by the app itself");
        var listed = await (await client.GetAsync("/api/proposals")).ReadObjectAsync();
        var proposal = Assert.Single(listed["proposals"]!.AsArray())!.AsObject();
        Assert.Equal(numbers, proposal["incidents"]!.AsArray().Select(i => (string)i!["number"]!));
        return (client, (long)proposal["id"]!, numbers);
    }

    [Fact]
    public async Task Dismiss_NeedsAReason_IsForServiceManagers_AndTheProposalLeavesTheList()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var (client, id, _) = await ProposeAsync(app);
        var soc = await app.ClientForAsync("soc@opsboard.demo");

        var forbidden = await soc.PostJsonAsync($"/api/proposals/{id}/dismiss", """{"reason":"No"}""");
        var noReason = await client.PostJsonAsync($"/api/proposals/{id}/dismiss", "{}");
        var unknown = await client.PostJsonAsync("/api/proposals/999999/dismiss", """{"reason":"x"}""");
        var manager = await app.ClientForAsync("manager@opsboard.demo");
        var dismissed = await manager.PostJsonAsync($"/api/proposals/{id}/dismiss", """{"reason":"Known supplier blip, resolved at source"}""");
        var again = await manager.PostJsonAsync($"/api/proposals/{id}/dismiss", """{"reason":"Again"}""");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, ProblemJson), (noReason.StatusCode, noReason.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Say why these incidents are not a major incident.", (string)(await noReason.ReadObjectAsync())["errors"]!["reason"]![0]!);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Empty((await (await client.GetAsync("/api/proposals")).ReadObjectAsync())["proposals"]!.AsArray());
    }

    [Fact]
    public async Task Accept_DeclaresTheSuggestedIncident_AndLinksTheOthers()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var (client, id, numbers) = await ProposeAsync(app);
        var manager = await app.ClientForAsync("manager@opsboard.demo");
        var person = (await client.CatalogueAsync()).Groups.SelectMany(g => g.Members).First();

        var noManager = await manager.PostJsonAsync($"/api/proposals/{id}/accept", "{}");
        var accepted = await manager.PostJsonAsync($"/api/proposals/{id}/accept", $$"""{"managerId":{{person.Id}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, noManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var record = await accepted.ReadObjectAsync();
        Assert.Equal(numbers[0], (string)record["number"]!);
        Assert.Contains(record["history"]!.AsArray(), h => ((string?)h!["newValue"])?.StartsWith($"Accepted: {numbers[0]} declared the major incident") == true);
        var major = await (await client.GetAsync($"/api/major-incidents/{numbers[0]}")).ReadObjectAsync();
        Assert.Equal(numbers.Skip(1), major["children"]!.AsArray().Select(c => (string)c!["number"]!).Order());
        Assert.Empty((await (await client.GetAsync("/api/proposals")).ReadObjectAsync())["proposals"]!.AsArray());
    }
}

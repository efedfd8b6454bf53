using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>Handing a major incident over to problem management through /api/major-incidents/{number}/hand-over.</summary>
public sealed class HandOverApiTests
{
    [Fact]
    public async Task HandOver_OpensAProblemForTheMajorIncident_AndItsChildFollows_ThenAnotherIsRefusedWithoutOpeningOne()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var number = await client.OpenIncidentAsync(catalogue.Services[0]);
        var child = await client.OpenIncidentAsync(catalogue.Services[0]);
        var owner = catalogue.Groups.SelectMany(g => g.Members).First();
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync($"/api/records/{number}/actions", $$"""{"action":"DeclareMajorIncident","managerId":{{owner.Id}}}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync($"/api/major-incidents/{number}/children", $$"""{"numbers":["{{child}}"]}""")).StatusCode);
        var problemsBefore = await client.GetStringAsync("/api/problems");

        var noOwner = await client.PostJsonAsync($"/api/major-incidents/{number}/hand-over", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, noOwner.StatusCode);
        Assert.Equal(problemsBefore, await client.GetStringAsync("/api/problems"));

        var handedOver = await client.PostJsonAsync($"/api/major-incidents/{number}/hand-over", $$"""{"ownerId":{{owner.Id}}}""");

        Assert.Equal(HttpStatusCode.OK, handedOver.StatusCode);
        var detail = await handedOver.ReadObjectAsync();
        var problem = (string)detail["problem"]!["number"]!;
        Assert.Equal(((string?)(await (await client.GetAsync($"/api/records/{number}")).ReadObjectAsync())["title"], "New"),
            ((string?)detail["problem"]!["title"], (string?)detail["problem"]!["status"]));
        Assert.Equal(("Handed over", $"to problem management: {problem}"), ((string?)detail["timeline"]!.AsArray()[^1]!["what"], (string?)detail["timeline"]!.AsArray()[^1]!["text"]));
        Assert.Equal(problem, (string?)(await (await client.GetAsync($"/api/records/{child}")).ReadObjectAsync())["problem"]!["number"]);

        var count = await client.GetStringAsync("/api/problems");
        var again = await client.PostJsonAsync($"/api/major-incidents/{number}/hand-over", $$"""{"ownerId":{{owner.Id}}}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"already linked to {problem}", (string?)(await again.ReadObjectAsync())["detail"]);
        Assert.Equal(count, await client.GetStringAsync("/api/problems"));
    }
}

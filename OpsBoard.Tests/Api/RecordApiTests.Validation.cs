using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>Bad input: a 400 RFC 7807 problem naming the field and the reason, and nothing stored.</summary>
public sealed partial class RecordApiTests
{
    [Theory]
    [InlineData("missing title", "title")]
    [InlineData("unknown service", "serviceId")]
    [InlineData("configuration item of another service", "configurationItemId")]
    [InlineData("impact out of range", "impact")]
    [InlineData("1 MB description", "description")]
    [InlineData("unknown kind", "kind")]
    [InlineData("service id as text", "serviceId")]
    [InlineData("malformed JSON", "body")]
    [InlineData("array instead of an object", "body")]
    [InlineData("null body", "body")]
    public async Task Post_Returns400NamingFieldAndStoresNothing_WhenInputBad(string fault, string field)
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var body = ApiClient.NewIncident(catalogue.Services[0]);
        var json = fault switch
        {
            "missing title" => Change(() => body.Remove("title")),
            "unknown service" => Change(() => (body["serviceId"], body["configurationItemId"]) = (catalogue.Services.Max(s => s.Id) + 1, null)),
            "configuration item of another service" => Change(() => body["configurationItemId"] = catalogue.Services[1].Items[0].Id),
            "impact out of range" => Change(() => body["impact"] = 7),
            "1 MB description" => Change(() => body["description"] = new string('x', 1024 * 1024)),
            "unknown kind" => Change(() => body["kind"] = "Banana"),
            "service id as text" => Change(() => body["serviceId"] = "Spine"),
            "malformed JSON" => body.ToJsonString()[..^5],
            "array instead of an object" => $"[{body.ToJsonString()}]",
            "null body" => "null",
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
        var before = await client.RecordCountAsync();

        var response = await client.PostJsonAsync("/api/records", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(400, (int)problem["status"]!);
        var reasons = problem["errors"]?[field]?.AsArray().Select(r => (string?)r).ToList();
        Assert.NotNull(reasons);
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        Assert.DoesNotContain("OpsBoard.", (string?)problem["detail"]);
        Assert.Equal(before, await client.RecordCountAsync());

        string Change(Action change)
        {
            change();
            return body.ToJsonString();
        }
    }

    [Fact]
    public async Task Post_ListsTheKinds_WhenKindUnknown()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var response = await app.CreateClient().PostJsonAsync("/api/records", """{"kind":"Banana","title":"x"}""");

        var reason = (string?)(await response.ReadObjectAsync())["errors"]?["kind"]?[0];
        Assert.StartsWith("kind must be one of: Incident, ServiceRequest, Event (line 1", reason);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"action":"Banana"}""")]
    [InlineData("""{"action":42}""")]
    public async Task Act_Returns400NamingAction_WhenActionMissingOrUnknown(string json)
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var number = await OpenAsync(client, (await client.CatalogueAsync()).Services[0]);
        var before = await client.GetStringAsync($"/api/records/{number}");

        var response = await client.PostJsonAsync($"/api/records/{number}/actions", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var reason = (string?)(await response.ReadObjectAsync())["errors"]?["action"]?[0];
        Assert.Contains("Acknowledge", reason);
        Assert.Equal(before, await client.GetStringAsync($"/api/records/{number}"));
    }

    [Fact]
    public async Task Post_Returns415Problem_WhenBodyIsNotJson()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var response = await app.CreateClient().PostAsync("/api/records", new StringContent("title=Printer on fire"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

public sealed class ProblemChangeApiTests
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task CreateActAndLink_ThroughTheApi_ShowOnTheRecord()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var owner = catalogue.Groups[1].Members[0];
        var record = (string)(await (await client.PostJsonAsync("/api/records", ApiClient.NewIncident(catalogue.Services[0]).ToJsonString())).ReadObjectAsync())["number"]!;

        var created = await client.PostJsonAsync("/api/problems", new JsonObject { ["title"] = "Handler leaks memory", ["ownerId"] = owner.Id }.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var problem = await created.ReadObjectAsync();
        var number = (string)problem["number"]!;
        Assert.Matches("^PRB[0-9]{7}$", number);
        Assert.Equal($"/api/problems/{number}", created.Headers.Location?.OriginalString);
        Assert.Equal(("New", owner.Name), ((string?)problem["status"], (string?)problem["owner"]));

        var known = await client.PostJsonAsync($"/api/problems/{number}/actions",
            new JsonObject { ["action"] = "RecordKnownError", ["note"] = "Restart the node." }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(("KnownError", "Restart the node."), ((string?)(await known.ReadObjectAsync())["status"], (string?)(await known.ReadObjectAsync())["workaround"]));

        var linked = await client.PostJsonAsync($"/api/records/{record}/actions", new JsonObject { ["action"] = "LinkProblem", ["problemNumber"] = number }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var view = await linked.ReadObjectAsync();
        Assert.Equal((number, "KnownError"), ((string?)view["problem"]!["number"], (string?)view["problem"]!["status"]));
        var read = await (await client.GetAsync($"/api/problems/{number}")).ReadObjectAsync();
        Assert.Equal(record, (string?)read["records"]!.AsArray().Single()!["number"]);
        var list = JsonNode.Parse(await client.GetStringAsync("/api/problems?status=KnownError"))!.AsArray();
        Assert.Equal(1, (int)list.Single()!["linkedRecords"]!);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/problems?status=New"))!.AsArray());
    }

    [Fact]
    public async Task BadInputAndRefusals_AnswerWithProblemDetails_AndChangeNothing()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var owner = (await client.CatalogueAsync()).Groups[1].Members[0];

        var invalid = await client.PostJsonAsync("/api/changes", new JsonObject { ["title"] = "" }.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(ProblemJson, invalid.Content.Headers.ContentType?.MediaType);
        var errors = (await invalid.ReadObjectAsync())["errors"]!.AsObject();
        Assert.Equal(["ownerId", "title"], errors.Select(e => e.Key).Order());
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/changes"))!.AsArray());

        var change = (string)(await (await client.PostJsonAsync("/api/changes", new JsonObject { ["title"] = "Patch", ["ownerId"] = owner.Id }.ToJsonString())).ReadObjectAsync())["number"]!;
        var refused = await client.PostJsonAsync($"/api/changes/{change}/actions", new JsonObject { ["action"] = "Implement" }.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(ProblemJson, refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Only a Scheduled change can be implemented; this change is Requested: schedule it first.", (string?)(await refused.ReadObjectAsync())["detail"]);
        Assert.Equal("Requested", (string?)(await (await client.GetAsync($"/api/changes/{change}")).ReadObjectAsync())["status"]);

        var missing = await client.GetAsync("/api/problems/PRB0000404");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("There is no problem PRB0000404; check the number.", (string?)(await missing.ReadObjectAsync())["detail"]);
    }

    [Fact]
    public async Task PendingAwaitingChange_NamesTheChange_AndSaysItsStatus()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var service = catalogue.Services[0];
        var record = (string)(await (await client.PostJsonAsync("/api/records", ApiClient.NewIncident(service).ToJsonString())).ReadObjectAsync())["number"]!;
        await ActAsync(client, record, new JsonObject { ["action"] = "Assign", ["groupId"] = service.SecondLineGroupId });
        await ActAsync(client, record, new JsonObject { ["action"] = "Acknowledge" });
        var change = (string)(await (await client.PostJsonAsync("/api/changes", new JsonObject { ["title"] = "Patch", ["ownerId"] = catalogue.Groups[1].Members[0].Id }.ToJsonString())).ReadObjectAsync())["number"]!;
        await ActOnChangeAsync(client, change, new JsonObject { ["action"] = "Approve" });
        await ActOnChangeAsync(client, change, new JsonObject
        {
            ["action"] = "Schedule", ["plannedStart"] = "2026-12-01T20:00:00Z", ["plannedEnd"] = "2026-12-01T22:00:00Z",
        });

        var unnamed = await client.PostJsonAsync($"/api/records/{record}/actions", new JsonObject { ["action"] = "Pend", ["pendingReason"] = "AwaitingChange" }.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, unnamed.StatusCode);
        Assert.Equal("changeNumber", (string?)(await unnamed.ReadObjectAsync())["field"]);

        var pended = await ActAsync(client, record, new JsonObject { ["action"] = "Pend", ["pendingReason"] = "AwaitingChange", ["changeNumber"] = change });
        Assert.Equal($"Awaiting change {change} (Scheduled)", (string?)pended["awaitingChangeText"]);
        Assert.Equal(change, (string?)pended["changes"]!.AsArray().Single()!["number"]);

        await ActOnChangeAsync(client, change, new JsonObject { ["action"] = "Implement" });
        var read = await (await client.GetAsync($"/api/records/{record}")).ReadObjectAsync();
        Assert.Equal($"Awaiting change {change} (Implemented)", (string?)read["awaitingChangeText"]);
    }

    [Fact]
    public async Task DemoData_HasAnIncidentPendingOnAScheduledChange_AndLinkedProblems()
    {
        await using var app = new OpsBoardApp();
        var client = app.CreateClient();

        var changes = JsonNode.Parse(await client.GetStringAsync("/api/changes?status=Scheduled"))!.AsArray();
        var problems = JsonNode.Parse(await client.GetStringAsync("/api/problems"))!.AsArray();

        var scheduled = (string)Assert.Single(changes)!["number"]!;
        var waiting = (await (await client.GetAsync($"/api/changes/{scheduled}")).ReadObjectAsync())["records"]!.AsArray()
            .Where(r => (string?)r!["status"] == "Pending").Select(r => (string)r!["number"]!).ToList();
        Assert.NotEmpty(waiting);
        var record = await (await client.GetAsync($"/api/records/{waiting[0]}")).ReadObjectAsync();
        Assert.StartsWith($"Awaiting change {scheduled} (Scheduled)", (string?)record["awaitingChangeText"] ?? "none");
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => (int)p!["linkedRecords"]! > 0);
    }

    private static async Task<JsonObject> ActAsync(HttpClient client, string record, JsonObject body)
    {
        var response = await client.PostJsonAsync($"/api/records/{record}/actions", body.ToJsonString());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadObjectAsync();
    }

    private static async Task ActOnChangeAsync(HttpClient client, string change, JsonObject body)
    {
        var response = await client.PostJsonAsync($"/api/changes/{change}/actions", body.ToJsonString());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.Api;

public sealed partial class RecordApiTests
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Post_Returns201WithLocationAndRecord_WhenRequestValid()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();

        var response = await client.PostJsonAsync("/api/records", ApiClient.NewIncident(catalogue.Services[0]).ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadObjectAsync();
        var number = (string)created["number"]!;
        Assert.Matches("^INC[0-9]{7}$", number);
        Assert.Equal($"/api/records/{number}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Incident", "New", "P2", "High", "Phone"),
            ((string?)created["kind"], (string?)created["status"], (string?)created["priority"], (string?)created["impact"], (string?)created["channel"]));
        Assert.Equal("Service Operations Centre", (string?)created["assignmentGroup"]);
        Assert.Equal(TestClock.MondayMorning, (DateTimeOffset)created["openedAt"]!);
        Assert.NotEmpty(created["history"]!.AsArray());
        var read = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.ToJsonString(), (await read.ReadObjectAsync()).ToJsonString());
    }

    [Fact]
    public async Task Get_Returns404Problem_WhenNumberUnknown()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var response = await app.CreateClient().GetAsync("/api/records/INC9999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(404, (int)problem["status"]!);
        Assert.Contains("INC9999999", (string)problem["detail"]!);
    }

    [Fact]
    public async Task List_FiltersSortsAndPages_WhenQueryGiven()
    {
        await using var app = new OpsBoardApp { DemoRecords = 40 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var soc = catalogue.Groups.Single(g => g.Line == 1);
        var opened = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            opened.Add(await OpenAsync(client, catalogue.Services[i]));
        }
        var query = $"/api/records?groupId={soc.Id}&openOnly=true&sort=Opened&descending=true";

        var all = await (await client.GetAsync($"{query}&pageSize=200")).ReadObjectAsync();
        var second = await (await client.GetAsync($"{query}&pageSize=3&page=1")).ReadObjectAsync();

        var rows = all["rows"]!.AsArray();
        Assert.Equal(rows.Count, (int)all["total"]!);
        Assert.Equal((int)all["total"]!, (int)second["total"]!);
        Assert.Equal(Enumerable.Reverse(opened), rows.Take(5).Select(r => (string?)r!["number"]));
        Assert.All(rows, r => Assert.Equal(soc.Name, (string?)r!["assignmentGroup"]));
        Assert.All(rows, r => Assert.Contains((string?)r!["status"], new[] { "New", "Assigned", "InProgress", "Pending" }));
        var openedAt = rows.Select(r => (DateTimeOffset)r!["openedAt"]!).ToList();
        Assert.Equal(openedAt.OrderDescending(), openedAt);
        Assert.Equal(rows.Skip(3).Take(3).Select(r => (string?)r!["number"]), second["rows"]!.AsArray().Select(r => (string?)r!["number"]));
    }

    [Fact]
    public async Task Act_AssignsRecord_WhenAssignPosted()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var catalogue = await client.CatalogueAsync();
        var number = await OpenAsync(client, catalogue.Services[0]);
        var group = catalogue.Groups.Single(g => g.Id == catalogue.Services[0].SecondLineGroupId);

        var response = await client.PostJsonAsync($"/api/records/{number.ToLowerInvariant()}/actions", $$"""{"action":"Assign","groupId":{{group.Id}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.ReadObjectAsync();
        Assert.Equal((number, "Assigned", group.Id, group.Name, 2),
            ((string?)record["number"], (string?)record["status"], (int)record["assignmentGroupId"]!, (string?)record["assignmentGroup"], (int)record["supportLine"]!));
        Assert.Contains("Acknowledge", record["allowedActions"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public async Task Act_Returns409NamingFieldAndChangesNothing_WhenClosingOpenRecord()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var number = await OpenAsync(client, (await client.CatalogueAsync()).Services[0]);
        var before = await client.GetStringAsync($"/api/records/{number}");
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Close"}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(("status", number), ((string?)problem["field"], (string?)problem["number"]));
        Assert.Contains("Only a Resolved record can be closed", (string)problem["detail"]!);
        Assert.Equal(before, await client.GetStringAsync($"/api/records/{number}"));
    }

    [Fact]
    public async Task Act_Returns404Problem_WhenRecordUnknown()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var response = await app.CreateClient().PostJsonAsync("/api/records/REQ9999999/actions", """{"action":"Acknowledge"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("number", (string?)(await response.ReadObjectAsync())["field"]);
    }

    [Fact]
    public async Task Post_StoresMarkupAsPlainText_WhenTitleContainsScript()
    {
        const string title = "<script>alert(1)</script>";
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var body = ApiClient.NewIncident((await client.CatalogueAsync()).Services[0]);
        body["title"] = title;

        var response = await client.PostJsonAsync("/api/records", body.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadObjectAsync();
        var number = (string)created["number"]!;
        Assert.Equal(title, (string?)created["title"]);
        Assert.Equal(title, (string?)(await (await client.GetAsync($"/api/records/{number}")).ReadObjectAsync())["title"]);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        Assert.Equal(title, await db.Records.Where(r => r.Number == number).Select(r => r.Title).SingleAsync());
    }

    [Fact]
    public async Task OpenApi_ListsRecordEndpoints_WhenDocumentRequested()
    {
        await using var app = new OpsBoardApp { DemoData = false };

        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadObjectAsync();

        var paths = document["paths"]!.AsObject();
        Assert.Contains("/api/records", paths.Select(p => p.Key));
        Assert.Contains("/api/records/{number}/actions", paths.Select(p => p.Key));
        Assert.NotNull(paths["/api/records"]!["post"]);
    }

    [Fact]
    public async Task Catalogue_ReturnsServicesWithItemsAndGroupsWithPeople_WhenDemoDataLoaded()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var catalogue = await app.CreateClient().CatalogueAsync();

        Assert.Equal(6, catalogue.Services.Count);
        Assert.All(catalogue.Services, s => Assert.NotEmpty(s.Items));
        Assert.All(catalogue.Services, s => Assert.Contains(catalogue.Groups, g => g.Id == s.SecondLineGroupId && g.Line == 2));
        // The SOC, a 2nd line group per service and 2nd line Cyber Security (the security group), two 3rd line groups.
        Assert.Equal([1, 2, 2, 2, 2, 2, 2, 2, 3, 3], catalogue.Groups.Select(g => g.Line));
        Assert.All(catalogue.Groups, g => Assert.NotEmpty(g.Members));
    }

    private static async Task<string> OpenAsync(HttpClient client, Web.Features.Cmdb.ServiceOption service)
    {
        var response = await client.PostJsonAsync("/api/records", ApiClient.NewIncident(service).ToJsonString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.ReadObjectAsync())["number"]!;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>GET /api/cmdb/{kind}.csv and POST /api/cmdb/{kind}/import: the export reads back unchanged; a bad file is refused whole with its row errors.</summary>
public sealed class CmdbApiTests
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"));

    [Fact]
    public async Task Export_IsCsvWithAHeader_AndImportingItBack_ChangesNothing()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();

        var export = await client.GetAsync("/api/cmdb/configuration-items.csv");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.StartsWith("Name,Type,Service,Owning group,Service manager,Retired\r\n", csv);
        var imported = await client.PostAsync("/api/cmdb/configuration-items/import?dryRun=false", Csv(csv));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var preview = JsonNode.Parse(await imported.Content.ReadAsStringAsync())!;
        Assert.False((bool)preview["applied"]!);
        Assert.Equal(0, (int)preview["adding"]! + (int)preview["changing"]!);
        Assert.Equal(csv, await client.GetStringAsync("/api/cmdb/configuration-items.csv"));
    }

    [Fact]
    public async Task DryRun_PreviewsWithoutSaving_AndARealRunSaves()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        const string File = "Name,Email,Job title,Retired\r\nNew Starter,new.starter@opsboard.example,Analyst,no\r\n";

        var dry = JsonNode.Parse(await (await client.PostAsync("/api/cmdb/people/import", Csv(File))).Content.ReadAsStringAsync())!;
        Assert.Equal((1, false), ((int)dry["adding"]!, (bool)dry["applied"]!));
        Assert.DoesNotContain("new.starter@", await client.GetStringAsync("/api/cmdb/people.csv"));

        var real = JsonNode.Parse(await (await client.PostAsync("/api/cmdb/people/import?dryRun=false", Csv(File))).Content.ReadAsStringAsync())!;
        Assert.True((bool)real["applied"]!);
        Assert.Contains("New Starter,new.starter@opsboard.example,Analyst,no", await client.GetStringAsync("/api/cmdb/people.csv"));
    }

    [Fact]
    public async Task ABadFile_IsAProblemListingRowErrors_AndNothingIsImported()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        const string File = "Name,Description,Service manager,2nd line group,Retired\r\nPathology,Lab results,,,no\r\nRadiology,Images,,2nd line Nowhere,no\r\n";

        var answer = await client.PostAsync("/api/cmdb/services/import?dryRun=false", Csv(File));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Nothing was imported", (string?)problem["detail"]);
        Assert.Equal("2nd line group: There is no support group called \"2nd line Nowhere\"; add it under Support groups first, or correct the name.",
            (string?)problem["errors"]!["line 3"]![0]);
        var error = problem["rowErrors"]![0]!;
        Assert.Equal((3, "2nd line group"), ((int)error["line"]!, (string?)error["column"]));
        Assert.DoesNotContain("Pathology", await client.GetStringAsync("/api/cmdb/services.csv"));
    }

    [Fact]
    public async Task AnUnknownList_IsNotFound_NamingTheLists()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var answer = await app.CreateClient().GetAsync("/api/cmdb/widgets.csv");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("services, configuration-items, support-groups, people", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AServiceManager_CannotExportOrImport()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = await app.ClientForAsync("manager@opsboard.demo");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/cmdb/people.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/cmdb/people/import", Csv("Name,Email,Job title,Retired\r\n"))).StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Tests.Api;

/// <summary>
/// A security incident is present for the security analyst and the administrator, and absent for every other role: from the
/// list and its total, the record and its clocks (404 exactly as for a record that does not exist), acting on it, and the hub.
/// </summary>
public sealed class SecurityIncidentApiTests
{
    private static readonly string[] Seers = ["security@opsboard.demo", "admin@opsboard.demo"];
    private static readonly string[] Others = ["soc@opsboard.demo", "resolver@opsboard.demo", "manager@opsboard.demo"];

    [Fact]
    public async Task SecurityIncident_IsPresentForSeers_AndAbsentForOtherRoles_FromTheListRecordClocksAndActions()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var admin = app.CreateClient();
        var service = (await admin.CatalogueAsync()).Services[0];
        var secret = await OpenAsync(admin, service, security: true);
        var ordinary = await OpenAsync(admin, service, security: false);

        foreach (var email in Seers.Concat(Others))
        {
            var sees = Seers.Contains(email);
            var client = await app.ClientForAsync(email);
            var list = await (await client.GetAsync("/api/records?pageSize=200&openOnly=false")).ReadObjectAsync();
            var numbers = list["rows"]!.AsArray().Select(r => (string)r!["number"]!).ToList();
            Assert.True(numbers.Contains(ordinary), $"{email} should see {ordinary}");
            Assert.True(numbers.Contains(secret) == sees, $"{email}: {secret} listed {numbers.Contains(secret)}, expected {sees}");
            Assert.Equal(sees ? 2 : 1, (int)list["total"]!);

            var record = await client.GetAsync($"/api/records/{secret}");
            var clocks = await client.GetAsync($"/api/records/{secret}/clocks");
            var expected = sees ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.Equal((expected, expected), (record.StatusCode, clocks.StatusCode));
            if (sees)
            {
                Assert.True((bool)(await record.ReadObjectAsync())["securityIncident"]!);
                continue;
            }
            // Not found exactly as a record that does not exist: the same status, title and sentence.
            await AssertLikeNoRecordAsync(client, record, secret, "");
            await AssertLikeNoRecordAsync(client, clocks, secret, "/clocks");
            var acted = await client.PostJsonAsync($"/api/records/{secret}/actions", """{"action":"AddNote","note":"Looked at it."}""");
            await AssertLikeNoRecordAsync(client, acted, secret, "/actions");
        }

        // No one who may not see it changed it: its history has no note.
        var history = (await (await admin.GetAsync($"/api/records/{secret}")).ReadObjectAsync())["history"]!.AsArray();
        Assert.DoesNotContain(history, h => (string)h!["field"]! == "Note");
    }

    [Fact]
    public async Task OrdinaryRecord_ReclassifiedToSecurity_BecomesRestricted_WithItsHistoryLine()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var admin = app.CreateClient();
        var soc = await app.ClientForAsync("soc@opsboard.demo");
        var number = await OpenAsync(admin, (await admin.CatalogueAsync()).Services[0], security: false);
        Assert.Equal(HttpStatusCode.OK, (await soc.GetAsync($"/api/records/{number}")).StatusCode);

        var reclassified = await soc.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Reclassify","category":"Security"}""");

        Assert.Equal(HttpStatusCode.OK, reclassified.StatusCode);
        var notice = await reclassified.ReadObjectAsync();
        Assert.Equal((number, true), ((string)notice["number"]!, (bool)notice["securityIncident"]!));
        Assert.Null(notice["title"]);
        Assert.Equal(HttpStatusCode.NotFound, (await soc.GetAsync($"/api/records/{number}")).StatusCode);
        var security = await app.ClientForAsync("security@opsboard.demo");
        var view = await (await security.GetAsync($"/api/records/{number}")).ReadObjectAsync();
        Assert.Equal(("Security", true), ((string)view["category"]!, (bool)view["securityIncident"]!));
        var history = view["history"]!.AsArray();
        var flagged = Assert.Single(history, h => (string)h!["field"]! == "Security incident");
        var category = Assert.Single(history, h => (string)h!["field"]! == "Category");
        // By the SOC analyst who reclassified it, when they did: not the administrator who opened it.
        Assert.Equal(((string)category!["by"]!, (string)category["at"]!), ((string)flagged!["by"]!, (string)flagged["at"]!));
        Assert.NotEqual((string)history[0]!["by"]!, (string)flagged["by"]!);
        Assert.StartsWith("Flagged: reclassified with the category Security", (string)flagged["newValue"]!);
    }

    [Fact]
    public async Task SocAnalyst_RecordingASecurityIncident_IsToldItsNumberOnly_AndSecurityAnalystsSeeIt()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var soc = await app.ClientForAsync("soc@opsboard.demo");
        var body = ApiClient.NewIncident((await soc.CatalogueAsync()).Services[0]);
        body["securityIncident"] = true;

        var created = await soc.PostJsonAsync("/api/records", body.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var notice = await created.ReadObjectAsync();
        var number = (string)notice["number"]!;
        Assert.Null(notice["title"]);
        Assert.Equal(HttpStatusCode.NotFound, (await soc.GetAsync($"/api/records/{number}")).StatusCode);
        var security = await app.ClientForAsync("security@opsboard.demo");
        var view = await (await security.GetAsync($"/api/records/{number}")).ReadObjectAsync();
        Assert.Equal(("Degraded performance", true), ((string)view["category"]!, (bool)view["securityIncident"]!));
    }

    [Fact]
    public async Task Hub_SendsASecurityIncidentsEvents_OnlyToSeers_WhileOrdinaryRecordsReachEveryone()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var admin = app.CreateClient();
        var service = (await admin.CatalogueAsync()).Services[0];
        var boards = new Dictionary<string, BoardClient>();
        try
        {
            foreach (var email in Seers.Concat(Others))
            {
                var token = (await app.ClientForAsync(email)).DefaultRequestHeaders.Authorization!.Parameter!;
                boards[email] = await BoardClient.ConnectAsync(app, token);
            }

            var secret = await OpenAsync(admin, service, security: true);
            var ordinary = await OpenAsync(admin, service, security: false);

            foreach (var (email, board) in boards)
            {
                // Events arrive in order: a client that hears of the security incident hears of it first.
                var first = await board.NextAsync();
                Assert.Equal("RecordCreated", first.GetProperty("type").GetString());
                Assert.Equal(Seers.Contains(email) ? secret : ordinary, first.GetProperty("number").GetString());
                Assert.False(first.TryGetProperty("restricted", out _), "The restriction flag is the server's, not sent to clients.");
                if (Seers.Contains(email)) Assert.Equal(ordinary, (await board.UntilAsync("RecordCreated", ordinary))[^1].GetProperty("number").GetString());
            }
        }
        finally
        {
            foreach (var board in boards.Values) await board.DisposeAsync();
        }
    }

    private static async Task AssertLikeNoRecordAsync(HttpClient client, HttpResponseMessage response, string number, string suffix)
    {
        const string Missing = "INC9999999";
        var none = suffix == "/actions"
            ? await client.PostJsonAsync($"/api/records/{Missing}/actions", """{"action":"AddNote","note":"Looked at it."}""")
            : await client.GetAsync($"/api/records/{Missing}{suffix}");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (none.StatusCode, response.StatusCode));
        var (expected, actual) = (await none.ReadObjectAsync(), await response.ReadObjectAsync());
        Assert.Equal((string?)expected["title"], (string?)actual["title"]);
        Assert.Equal(((string)expected["detail"]!).Replace(Missing, number, StringComparison.Ordinal), (string?)actual["detail"]);
    }

    private static async Task<string> OpenAsync(HttpClient http, ServiceOption service, bool security)
    {
        var body = ApiClient.NewIncident(service);
        if (security) body["category"] = "Security";
        var response = await http.PostJsonAsync("/api/records", body.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.ReadObjectAsync())["number"]!;
    }
}

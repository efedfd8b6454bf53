using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.Api;

/// <summary>GET/POST /api/integrations and POST /api/integrations/{id}/revoke: the key is given once, works on the intake, and stops working when revoked.</summary>
public sealed class IntegrationApiTests
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Issue_Answers201WithTheKeyOnce_TheKeyRaisesEvents_AndAfterRevokeItIsRefused()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var events = new EventSender(app);
        var service = (await client.CatalogueAsync()).Services[0];

        var created = await client.PostJsonAsync("/api/integrations", new JsonObject { ["name"] = " Prometheus production ", ["serviceId"] = service.Id }.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.ReadObjectAsync();
        var key = (string)issued["key"]!;
        var id = (int)issued["integration"]!["id"]!;
        Assert.Equal(32, key.Length);
        Assert.Equal($"/api/integrations/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("Prometheus production", service.Name, $"\u2026{key[^4..]}"),
            ((string?)issued["integration"]!["name"], (string?)issued["integration"]!["serviceName"], (string?)issued["integration"]!["keyHint"]));
        var listed = await (await client.GetAsync("/api/integrations")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Null(Listed(listed, id)["lastUsedAt"]);

        var trigger = EventSender.Trigger("disk-spine-db-01");
        trigger["routing_key"] = key;
        await events.AcceptedAsync(trigger);
        Assert.Equal(1, await events.QueryAsync(db => db.EventKeys.CountAsync()));
        Assert.NotNull(Listed(await (await client.GetAsync("/api/integrations")).Content.ReadAsStringAsync(), id)["lastUsedAt"]);

        var revoked = await client.PostAsync($"/api/integrations/{id}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.NotNull((await revoked.ReadObjectAsync())["revokedAt"]);

        var again = EventSender.Trigger("disk-spine-db-02");
        again["routing_key"] = key;
        var refused = await events.SendAsync(again);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Prometheus production", refusal, StringComparison.Ordinal);
        Assert.Contains("has been revoked", refusal, StringComparison.Ordinal);
        await events.AppliedAsync();
        Assert.Equal(1, await events.QueryAsync(db => db.EventKeys.CountAsync()));

        var audit = await events.QueryAsync(db => db.AuditLog.Where(a => a.Area == AuditArea.Integration).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("Integration \"Prometheus production\"", a.Subject));
        Assert.Equal($"Issued a key ending \u2026{key[^4..]} for events on {service.Name}", audit[0].Change);
        Assert.Equal($"Revoked the key ending \u2026{key[^4..]}; events sent with it are refused", audit[1].Change);
        Assert.All(audit, a => Assert.DoesNotContain(key, a.Subject + a.Change + a.By, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"serviceId":1}""", "name", "Enter a name that says which tool sends the events")]
    [InlineData("""{"name":"   ","serviceId":1}""", "name", "Enter a name that says which tool sends the events")]
    [InlineData("""{"name":"Prometheus"}""", "serviceId", "Pick the service the events are about")]
    [InlineData("""{"name":"Prometheus","serviceId":9999}""", "serviceId", "There is no service with id 9999")]
    public async Task Issue_AnswersProblemDetails_AndIssuesNothing_WhenInputIsBad(string body, string field, string reason)
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();

        var response = await client.PostJsonAsync("/api/integrations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(reason, (string)(await response.ReadObjectAsync())["errors"]![field]![0]!, StringComparison.Ordinal);
        var events = new EventSender(app);
        Assert.Equal((0, 0), (await events.QueryAsync(db => db.Integrations.CountAsync()), await events.QueryAsync(db => db.AuditLog.CountAsync(a => a.Area == OpsBoard.Web.Data.AuditArea.Integration))));
    }

    [Fact]
    public async Task Issue_RefusesANameLongerThan100Characters()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();

        var response = await client.PostJsonAsync("/api/integrations", new JsonObject { ["name"] = new string('p', 101), ["serviceId"] = 1 }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The name is 101 characters; keep it to 100.", (string)(await response.ReadObjectAsync())["errors"]!["name"]![0]!);
    }

    [Fact]
    public async Task Revoke_Answers404ProblemDetails_ForAnUnknownIntegration()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var response = await app.CreateClient().PostAsync("/api/integrations/999/revoke", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("There is no integration 999; reload the list.", (string)(await response.ReadObjectAsync())["detail"]!);
    }

    private static JsonObject Listed(string json, int id) =>
        Assert.Single(JsonNode.Parse(json)!.AsArray(), i => (int)i!["id"]! == id)!.AsObject();
}

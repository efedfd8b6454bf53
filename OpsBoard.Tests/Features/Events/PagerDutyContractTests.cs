using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Features.Events;

/// <summary>
/// The PagerDuty Events API v2 contract at /api/v2/enqueue: every field read, and a hostile corpus that each gets its 4xx
/// with a reason, leaving records, history, the intake log and dedup keys exactly as they were.
/// </summary>
public sealed class PagerDutyContractTests
{
    public static TheoryData<string, string, string, HttpStatusCode, string> Hostile => new()
    {
        { "not JSON", "hello, OpsBoard", "application/json", HttpStatusCode.BadRequest, "not valid JSON" },
        { "wrong content type", Trigger().ToJsonString(), "text/plain", HttpStatusCode.UnsupportedMediaType, "Content-Type: application/json" },
        { "an array", "[1,2,3]", "application/json", HttpStatusCode.BadRequest, "must be a JSON object" },
        { "no fields", "{}", "application/json", HttpStatusCode.BadRequest, "routing_key is required" },
        { "no event_action", Without(Trigger(), "event_action"), "application/json", HttpStatusCode.BadRequest, "event_action is required" },
        { "unknown action", With(Trigger(), "event_action", "explode"), "application/json", HttpStatusCode.BadRequest, "event_action \"explode\" is not known" },
        { "no payload", Without(Trigger(), "payload"), "application/json", HttpStatusCode.BadRequest, "payload is required for a trigger" },
        { "no summary", WithPayload("summary", null), "application/json", HttpStatusCode.BadRequest, "payload.summary is required" },
        { "summary a number", WithPayload("summary", 42), "application/json", HttpStatusCode.BadRequest, "payload.summary must be a string, not a number" },
        { "source an object", WithPayload("source", new JsonObject()), "application/json", HttpStatusCode.BadRequest, "payload.source must be a string, not an object" },
        { "unknown severity", WithPayload("severity", "Critical"), "application/json", HttpStatusCode.BadRequest, "payload.severity \"Critical\" is not known" },
        { "bad timestamp", WithPayload("timestamp", "yesterday"), "application/json", HttpStatusCode.BadRequest, "is not an ISO 8601 time" },
        { "summary too long", WithPayload("summary", new string('x', 1025)), "application/json", HttpStatusCode.BadRequest, "payload.summary is 1,025 characters; the most is 1,024" },
        { "control characters", WithPayload("summary", "Disk full\u0007\u0000 on db"), "application/json", HttpStatusCode.BadRequest, "payload.summary contains control characters" },
        { "script in summary", WithPayload("summary", "<script>alert(1)</script>"), "application/json", HttpStatusCode.BadRequest, "must be plain text" },
        { "ack without dedup_key", Without(Action("acknowledge"), "dedup_key"), "application/json", HttpStatusCode.BadRequest, "dedup_key is required" },
        { "dedup_key too long", With(Trigger(), "dedup_key", new string('k', 256)), "application/json", HttpStatusCode.BadRequest, "dedup_key is 256 characters" },
        { "link not http", With(Trigger(), "links", new JsonArray(new JsonObject { ["href"] = "javascript:alert(1)" })), "application/json", HttpStatusCode.BadRequest, "links[0].href must be an http or https address" },
        { "deep nesting", DeeplyNested(), "application/json", HttpStatusCode.BadRequest, "nested deeper than 32 levels" },
        { "unknown key", With(Trigger(), "routing_key", "no-such-integration-key"), "application/json", HttpStatusCode.BadRequest, "No integration has this key" },
        { "10 MB body", TenMegabytes(), "application/json", HttpStatusCode.RequestEntityTooLarge, "at most 512 KB" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileInput_GetsIts4xxWithAReason_AndChangesNothing(string what, string body, string contentType, HttpStatusCode status, string reason)
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        await events.AcceptedAsync(EventSender.Trigger("already-open"));
        var before = await CountsAsync(events);

        var response = await events.SendAsync(body, contentType);

        Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(reason, (string)problem["detail"]!);
        Assert.NotEmpty(problem["errors"]!.AsArray());
        await events.AppliedAsync();
        Assert.Equal(before, await CountsAsync(events));
    }

    [Fact]
    public async Task RevokedKey_IsRefused_AndStoresNothing()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        await events.AcceptedAsync(EventSender.Trigger("before-revoking"));
        var keys = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OpsBoard.Web.Features.Events.IntegrationKeys>(app.Services);
        var integration = await events.QueryAsync(db => db.Integrations.SingleAsync());
        Assert.True(await keys.RevokeAsync(integration.Id));
        var before = await CountsAsync(events);

        var response = await events.SendAsync(EventSender.Trigger("after-revoking"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("has been revoked", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync(events));
    }

    [Fact]
    public async Task EveryPayloadField_IsKeptOnTheEvt()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        var body = Trigger();
        var payload = body["payload"]!.AsObject();
        payload["timestamp"] = "2026-11-30T08:59:30Z";
        payload["component"] = "postgres";
        payload["group"] = "spine-prod";
        payload["class"] = "Capacity";
        payload["custom_details"] = new JsonObject { ["free"] = "9%", ["mount"] = "/var" };
        body["links"] = new JsonArray(new JsonObject { ["href"] = "https://runbooks.example.nhs.uk/disk", ["text"] = "Runbook" });
        body["images"] = new JsonArray(new JsonObject { ["src"] = "https://grafana.example.nhs.uk/disk.png", ["alt"] = "Disk graph" });

        await events.AcceptedAsync(body);

        var record = await events.QueryAsync(db => db.Records.SingleAsync());
        Assert.Equal(("Disk 91% full on spine-db-01", "Capacity"), (record.Title, record.Category));
        foreach (var line in new[]
        {
            "Source: spine-db-01", "Severity: error", "Component: postgres", "Group: spine-prod", "Class: Capacity", "Source time: 2026-11-30 08:59:30Z",
            "Dedup key: pd-1", "Label free: 9%", "Label mount: /var", "Runbook <https://runbooks.example.nhs.uk/disk>", "Disk graph <https://grafana.example.nhs.uk/disk.png>",
        })
        {
            Assert.Contains(line, record.Description);
        }
    }

    private static Task<(int Records, int History, int Intake, int Keys)> CountsAsync(EventSender events) =>
        events.QueryAsync(async db => (await db.Records.CountAsync(), await db.History.CountAsync(), await db.IntakeLog.CountAsync(), await db.EventKeys.CountAsync()));

    private static JsonObject Trigger() => EventSender.Trigger("pd-1");

    private static JsonObject Action(string action) => EventSender.Action(action, "pd-1");

    private static string With(JsonObject body, string name, JsonNode? value)
    {
        body[name] = value;
        return body.ToJsonString();
    }

    private static string Without(JsonObject body, string name)
    {
        body.Remove(name);
        return body.ToJsonString();
    }

    private static string WithPayload(string name, JsonNode? value)
    {
        var body = Trigger();
        body["payload"]![name] = value;
        return body.ToJsonString();
    }

    private static string DeeplyNested()
    {
        var body = Trigger().ToJsonString();
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        return body.Replace("\"severity\":\"error\"", $"\"severity\":\"error\",\"custom_details\":{nested}", StringComparison.Ordinal);
    }

    private static string TenMegabytes() => WithPayload("custom_details", new JsonObject { ["blob"] = new string('x', 10 * 1024 * 1024) });
}

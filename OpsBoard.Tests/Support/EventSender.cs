using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Support;

/// <summary>Sends PagerDuty Events v2 JSON to an app with a demo integration, and waits until what it stored is applied.</summary>
public sealed class EventSender(OpsBoardApp app)
{
    public const string Key = "test-integration-key-0001";

    public static OpsBoardApp App(int demoRecords = 0, IReadOnlyDictionary<string, string>? settings = null) => new()
    {
        DemoRecords = demoRecords,
        Settings = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["OpsBoard:Demo:IntegrationKey"] = Key },
    };

    private readonly HttpClient client = app.CreateClient();

    public static JsonObject Trigger(string? dedupKey, string summary = "Disk 91% full on spine-db-01", string severity = "error") => new()
    {
        ["routing_key"] = Key,
        ["event_action"] = "trigger",
        ["dedup_key"] = dedupKey,
        ["payload"] = new JsonObject { ["summary"] = summary, ["source"] = "spine-db-01", ["severity"] = severity },
    };

    public static JsonObject Action(string action, string dedupKey) => new()
    {
        ["routing_key"] = Key,
        ["event_action"] = action,
        ["dedup_key"] = dedupKey,
    };

    public Task<HttpResponseMessage> SendAsync(JsonObject body) => SendAsync(body.ToJsonString());

    public Task<HttpResponseMessage> SendAsync(string body, string contentType = "application/json") =>
        client.PostAsync("/api/v2/enqueue", new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Sends and asserts the 202, then waits until the processor has applied it.</summary>
    public async Task<JsonObject> AcceptedAsync(JsonObject body)
    {
        var response = await SendAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        await AppliedAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    public Task AppliedAsync() => app.Services.GetRequiredService<EventProcessor>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

    public async Task<T> QueryAsync<T>(Func<OpsBoardDb, Task<T>> query)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        return await query(db);
    }
}

using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Bench;

/// <summary>One change the hub benchmark makes by an HTTP call; returns the event it should bring to every client.</summary>
public interface IHubChange
{
    Task<(string Number, BoardEventType Type)> MakeAsync(CancellationToken ct);
}

/// <summary>
/// Changes through the app's API, as a monitoring tool or a second screen would make them: every other call opens an
/// incident (POST /api/records), the rest add a note to one opened earlier (POST /api/records/{n}/actions), so each
/// event is told apart by its number and type.
/// </summary>
public sealed class ApiChanges(HttpClient http, CatalogueView catalogue) : IHubChange
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A client of the node at <paramref name="node"/> acting as the demo admin (by <see cref="HubClients.AdminToken"/>).</summary>
    public static HttpClient AdminClient(Uri node)
    {
        var http = new HttpClient { BaseAddress = node };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HubClients.AdminToken);
        return http;
    }

    /// <summary>Changes made through <paramref name="http"/>'s node, on the services of its catalogue.</summary>
    public static async Task<ApiChanges> ThroughAsync(HttpClient http) =>
        new(http, await http.GetFromJsonAsync<CatalogueView>("/api/catalogue", Json) ?? throw new InvalidOperationException("No catalogue."));

    private readonly ConcurrentQueue<string> opened = new();
    private int calls;

    public async Task<(string Number, BoardEventType Type)> MakeAsync(CancellationToken ct)
    {
        var call = Interlocked.Increment(ref calls);
        if (call % 2 == 0 && opened.TryDequeue(out var number))
        {
            var noted = await http.PostAsJsonAsync($"/api/records/{number}/actions", new { action = "AddNote", note = $"Bench note {call}: called the ward back." }, ct);
            noted.EnsureSuccessStatusCode();
            return (number, BoardEventType.RecordChanged);
        }
        var service = catalogue.Services[call % catalogue.Services.Count];
        var created = await http.PostAsJsonAsync("/api/records", new
        {
            kind = "Incident",
            title = $"Bench {call}: {service.Name} is slow for users in Leeds",
            description = "Opened by the hub benchmark.",
            caller = "Bench caller",
            channel = "Phone",
            serviceId = service.Id,
            configurationItemId = service.Items[0].Id,
            category = "Degraded performance",
            impact = "Medium",
            urgency = "Medium",
        }, ct);
        created.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct));
        var opening = body.RootElement.GetProperty("number").GetString()!;
        opened.Enqueue(opening);
        return (opening, BoardEventType.RecordCreated);
    }
}

/// <summary>Broadcasts on the bare hub server: the same-sized event, numbered by the call.</summary>
public sealed class BareChanges(HttpClient http) : IHubChange
{
    private int calls;

    public async Task<(string Number, BoardEventType Type)> MakeAsync(CancellationToken ct)
    {
        var call = Interlocked.Increment(ref calls);
        (await http.PostAsync($"/broadcast/{call}", null, ct)).EnsureSuccessStatusCode();
        var payload = BareHubServer.Payload(call, default);
        return (payload.Number, payload.Type);
    }
}

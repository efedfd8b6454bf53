using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Tests.Support;

/// <summary>Small helpers for calling the API as a client would: JSON with string enums, problem details read as JSON.</summary>
public static class ApiClient
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<CatalogueView> CatalogueAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<CatalogueView>("/api/catalogue", Json) ?? throw new InvalidOperationException("No catalogue.");

    /// <summary>A body that opens a valid incident against <paramref name="service"/>; tests change or remove one property.</summary>
    public static JsonObject NewIncident(ServiceOption service) => new()
    {
        ["kind"] = "Incident",
        ["title"] = $"{service.Name} is slow for users in Leeds",
        ["description"] = "Pages take over ten seconds to load.",
        ["caller"] = "Jane Smith, Leeds Teaching Hospitals",
        ["channel"] = "Phone",
        ["serviceId"] = service.Id,
        ["configurationItemId"] = service.Items[0].Id,
        ["category"] = "Degraded performance",
        ["impact"] = "High",
        ["urgency"] = "Medium",
    };

    /// <summary>Opens a valid incident against <paramref name="service"/> and returns its number.</summary>
    public static async Task<string> OpenIncidentAsync(this HttpClient client, ServiceOption service)
    {
        var response = await client.PostJsonAsync("/api/records", NewIncident(service).ToJsonString());
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.ReadObjectAsync())["number"]!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject() ?? throw new InvalidOperationException("The body is not a JSON object.");

    /// <summary>How many records the API lists: anything stored changes it.</summary>
    public static async Task<int> RecordCountAsync(this HttpClient client) =>
        (int)(await (await client.GetAsync("/api/records?pageSize=1")).ReadObjectAsync())["total"]!;
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>POST /api/history-import: a log's incidents become records once, however often it is sent; a file that is not a log is refused with why.</summary>
public sealed class HistoryImportApiTests
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"));

    private static string Head(int lines) => string.Join("\n", File.ReadLines(SharedData.IncidentLog).Take(lines));

    [Fact]
    public async Task ALog_IsImportedOnce_AndItsRecordsAreReadableThroughTheRecordApi()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();
        var log = Head(120);

        var first = await client.PostAsync("/api/history-import?socGroup=Group%2070&timeZone=Europe/London", Csv(log));
        var again = await client.PostAsync("/api/history-import?socGroup=Group%2070", Csv(log));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var summary = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal(119, summary["rowsRead"]!.GetValue<int>());
        var imported = summary["imported"]!.GetValue<int>();
        Assert.True(imported > 10, $"{imported} incidents imported from 119 rows");
        var repeat = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.Equal((0, imported), (repeat["imported"]!.GetValue<int>(), repeat["alreadyImported"]!.GetValue<int>()));
        var record = JsonNode.Parse(await client.GetStringAsync("/api/records/INC0000001"))!;
        Assert.Equal("Closed", record["status"]!.GetValue<string>());
        Assert.Equal("INC0000045", record["sourceNumber"]!.GetValue<string>());
        Assert.Contains("Imported from INC0000045", record["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFileWithoutTheLogsColumns_IsRefusedWithWhatItLacks()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var answer = await app.CreateClient().PostAsync("/api/history-import", Csv("Name,Email\nA,a@example.org\n"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.StartsWith("The header lacks number, incident_state,", problem["detail"]!.GetValue<string>());
    }
}

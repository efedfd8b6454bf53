using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.HistoryImport;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Tests.Features.HistoryImport;

/// <summary>Rows and files the import cannot read: each refused row is named by line and reason, and nothing else is lost.</summary>
public sealed class BadRowsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private string[] sample = [];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        sample = File.ReadLines(SharedData.IncidentLog).Take(80).ToArray();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<ImportSummary> ImportAsync(string text, ImportOptions? options = null) =>
        new HistoryImporter(database.Factory, new OlaPolicyStore(database.Factory), new WriteGate(), database.Feed, clock)
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), options ?? new ImportOptions(), "Test administrator");

    private static string Field(string line, int column, string value)
    {
        var fields = line.Split(',');
        fields[column] = value;
        return string.Join(',', fields);
    }

    [Fact]
    public async Task UnreadableRows_AreRefusedByLineAndReason_AndTheRestOfTheirIncidentIsImported()
    {
        // Lines 2-5 are INC0000045 (New, Resolved, Resolved, Closed).
        var lines = sample.ToArray();
        lines[2] = Field(lines[2], 1, "-100");
        lines[3] = Field(lines[3], 13, "31/2/2016 08:00");
        lines[6] = lines[6] + ",extra";

        var summary = await ImportAsync(string.Join("\n", lines));

        Assert.True(summary.Succeeded);
        Assert.Collection(summary.Problems,
            p => Refused(p, 3, "INC0000045", "incident_state '-100' is not a state; expected one of New, Active,"),
            p => Refused(p, 4, "INC0000045", "sys_updated_at '31/2/2016 08:00' is not a time written day/month/year hours:minutes"),
            p => Refused(p, 7, "INC0000060", "The row has 37 fields; the header has 36. Check for a stray or missing comma."));
        Assert.Equal(sample.Length - 1, summary.RowsRead);
        await using var db = await database.Factory.CreateDbContextAsync();
        var record = await db.Records.Include(r => r.History).SingleAsync(r => r.SourceNumber == "INC0000045");
        Assert.Equal(Status.Closed, record.Status);
        Assert.Equal(2, record.History.Count(h => h.Field == "Status" && h.NewValue is "Closed" or "Assigned"));
    }

    private static void Refused(ImportProblem problem, int line, string number, string reason)
    {
        Assert.Equal((line, number), (problem.Line, problem.Number));
        Assert.StartsWith(reason, problem.Reason);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("number,incident_state\nINC1,New", "The header lacks reassignment_count, reopen_count")]
    [InlineData("number,\"incident_state\nINC1", "line 1: A quoted field is never closed")]
    public async Task AFileThatIsNotALog_IsRefusedWhole_AndNothingIsImported(string text, string reason)
    {
        var summary = await ImportAsync(text);

        Assert.False(summary.Succeeded);
        Assert.StartsWith(reason, summary.FileProblem);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Records.CountAsync());
    }

    [Fact]
    public async Task AnUnknownTimeZone_IsRefusedWithWhatToUseInstead()
    {
        var summary = await ImportAsync(string.Join("\n", sample), new ImportOptions(TimeZone: "Mars/Olympus"));

        Assert.Equal("'Mars/Olympus' is not a time zone this machine knows; use an IANA name such as Europe/London or UTC.", summary.FileProblem);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.HistoryImport;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Tests.Features.HistoryImport;

/// <summary>The whole ServiceNow sample imported into a real SQLite file beside the demo data, then imported again.</summary>
public sealed class SampleImportTests : IAsyncLifetime
{
    private const string Administrator = "Test administrator";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 20);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private HistoryImporter Importer() => new(database.Factory, new OlaPolicyStore(database.Factory), new WriteGate(), database.Feed, clock);

    private async Task<ImportSummary> ImportSampleAsync(IProgress<ImportProgress>? progress = null)
    {
        await using var file = File.OpenRead(SharedData.IncidentLog);
        return await Importer().ImportAsync(file, new ImportOptions(SocGroup: "Group 70"), Administrator, progress);
    }

    private async Task<(int Records, int History, int Clocks, int Alerts)> CountsAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.Records.CountAsync(), await db.History.CountAsync(), await db.OlaTargets.CountAsync(), await db.JeopardyAlerts.CountAsync());
    }

    [Fact]
    public async Task TheSample_ImportsEveryIncident_AndAgainChangesNothing()
    {
        var before = await CountsAsync();
        var stages = new List<ImportProgress>();

        var first = await ImportSampleAsync(new SynchronousProgress(stages.Add));

        Assert.True(first.Succeeded, first.FileProblem);
        Assert.Equal(28_513, first.RowsRead);
        Assert.Equal(4_977, first.Incidents);
        Assert.Equal(4_977, first.Imported);
        Assert.Equal(0, first.AlreadyImported);
        // The full log has five rows in state -100; none of them is in this sample (BadRowsTests covers refusals).
        Assert.Empty(first.Problems);
        Assert.Contains(stages, s => s.Stage == "Saving records" && s.Done == 4_977 && s.Percent == 100);
        var afterFirst = await CountsAsync();
        Assert.Equal(before.Records + 4_977, afterFirst.Records);
        Assert.Equal(before.Alerts, afterFirst.Alerts);

        var second = await ImportSampleAsync();

        Assert.Equal(0, second.Imported);
        Assert.Equal(4_977, second.AlreadyImported);
        Assert.Equal(0, second.GroupsAdded + second.ServicesAdded);
        Assert.Equal(afterFirst, await CountsAsync());
    }

    [Fact]
    public async Task AnImportedIncident_HasItsSourceHistory_TimesInUtc_AndClocksSettledByTheDefaultPolicy()
    {
        await ImportSampleAsync();
        await using var db = await database.Factory.CreateDbContextAsync();

        // INC0000130 (lines 72-77): opened 29/2 09:41 (its first row, New with Group 72, is stamped 07:27, before the opening), passed to
        // Group 73 at 09:59, Active 1/3 14:13, Resolved 3/3 10:16, Closed 8/3 11:00. February is GMT, so local times are UTC.
        var record = await db.Records.Include(r => r.History).Include(r => r.Clocks).ThenInclude(c => c.Pauses).Include(r => r.AssignmentGroup)
            .SingleAsync(r => r.SourceNumber == "INC0000130");

        Assert.Equal(Status.Closed, record.Status);
        Assert.Equal("Group 73", record.AssignmentGroup!.Name);
        Assert.Equal(new DateTimeOffset(2016, 2, 29, 9, 41, 0, TimeSpan.Zero), record.OpenedAt);
        Assert.Equal(new DateTimeOffset(2016, 3, 3, 10, 16, 0, TimeSpan.Zero), record.ResolvedAt);
        Assert.Equal(new DateTimeOffset(2016, 3, 8, 11, 0, 0, TimeSpan.Zero), record.ClosedAt);
        Assert.Equal(1, record.ReassignmentCount);
        Assert.StartsWith("INC", record.Number);
        var groups = record.History.Where(h => h.Field == Record.AssignmentGroupField).OrderBy(h => h.At).Select(h => (h.NewValue, h.At.UtcDateTime)).ToList();
        Assert.Equal([("Group 72", new DateTime(2016, 2, 29, 9, 41, 0)), ("Group 73", new DateTime(2016, 2, 29, 9, 59, 0))], groups);
        var statuses = record.History.Where(h => h.Field == "Status").OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => h.NewValue).ToList();
        Assert.Equal(["Assigned", "In progress", "Resolved", "Closed"], statuses);
        Assert.Contains(record.History, h => h.Field == "Resolution code" && h.NewValue == "code 6" && h.By == "Updated by 533");

        // Group 72 passed it on before responding, in time (P3: 2 working hours from 09:41 on a Monday, due 11:41; passed on at 09:59).
        var segments = record.Clocks.Where(c => c.Kind == OlaTargetKind.Response).OrderBy(c => c.Segment).ToList();
        Assert.Equal(2, segments.Count);
        Assert.Equal(StopReason.PassedOn, segments[0].StopReason);
        Assert.Null(segments[0].BreachedAt);
        // Group 73 took it on 1 March at 14:13: 2 working hours from 09:59 on 29 February were up at 11:59 that day.
        Assert.Equal(StopReason.Met, segments[1].StopReason);
        Assert.Equal(new DateTimeOffset(2016, 2, 29, 11, 59, 0, TimeSpan.Zero), segments[1].BreachedAt);
        Assert.All(record.Clocks, c => Assert.False(c.IsRunning));
    }

    /// <summary>Reports on the calling thread, so a test sees every report in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

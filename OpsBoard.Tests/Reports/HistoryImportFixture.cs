using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.HistoryImport;

namespace OpsBoard.Tests.Reports;

/// <summary>
/// The whole ServiceNow sample imported once (SOC group "Group 70") into a real app over its own SQLite file, imported a
/// second time, and replayed independently by the test's own code: what <see cref="HistoryReportTests"/> compares.
/// </summary>
public sealed class HistoryImportFixture : IAsyncLifetime
{
    public const string SocGroup = "Group 70";

    public OpsBoardApp App { get; } = new() { DemoRecords = 0 };

    public ImportSummary First { get; private set; } = null!;

    public ImportSummary Second { get; private set; } = null!;

    public StoreCounts AfterFirst { get; private set; } = null!;

    public StoreCounts AfterSecond { get; private set; } = null!;

    public IncidentLog Log { get; private set; } = null!;

    public IReadOnlyList<ExpectedIncident> Expected { get; private set; } = [];

    public IReadOnlyDictionary<string, ExpectedIncident> BySource { get; private set; } = null!;

    /// <summary>The app's clock when it imported: still-open clocks were read then.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>OpsBoard's group ids by the test's names (the SOC as <see cref="IncidentReplay.Soc"/>), and back.</summary>
    public IReadOnlyDictionary<int, string> GroupName { get; private set; } = null!;

    public IReadOnlyDictionary<int, string> ServiceName { get; private set; } = null!;

    public IReadOnlyDictionary<long, string?> SourceOf { get; private set; } = null!;

    public int GroupId(string name) => GroupName.Where(g => g.Value == name).Select(g => g.Key).Min();

    public int ServiceId(string name) => ServiceName.Where(s => s.Value == name).Select(s => s.Key).Min();

    public async Task InitializeAsync()
    {
        var importer = App.Services.GetRequiredService<HistoryImporter>();
        Now = App.Clock.GetUtcNow();
        await using (var csv = File.OpenRead(SampleLog.Path))
        {
            First = await importer.ImportAsync(csv, new ImportOptions(SocGroup), "report check");
        }
        AfterFirst = await CountAsync();
        await using (var csv = File.OpenRead(SampleLog.Path))
        {
            Second = await importer.ImportAsync(csv, new ImportOptions(SocGroup), "report check");
        }
        AfterSecond = await CountAsync();

        using (var reader = new StreamReader(SampleLog.Path))
        {
            Log = IncidentLog.Read(reader, SourceCalendar.London);
        }
        Expected = IncidentReplay.All(Log, SocGroup);
        BySource = Expected.ToDictionary(i => i.SourceNumber);

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        GroupName = await db.SupportGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Line == 1 ? IncidentReplay.Soc : g.Name);
        // A service no row names as its category is where OpsBoard put the incidents without one.
        var categories = Log.Rows.Select(r => r.Category).OfType<string>().ToHashSet(StringComparer.Ordinal);
        ServiceName = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => categories.Contains(s.Name) ? s.Name : IncidentReplay.NoCategory);
        SourceOf = await db.Records.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.SourceNumber);
    }

    private async Task<StoreCounts> CountAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        return new StoreCounts(
            await db.Records.CountAsync(),
            await db.History.CountAsync(),
            await db.OlaTargets.CountAsync(),
            await db.JeopardyAlerts.CountAsync(),
            await db.SupportGroups.CountAsync(),
            await db.Services.CountAsync());
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed record StoreCounts(int Records, int History, int Clocks, int Alerts, int Groups, int Services);

using Microsoft.Extensions.Time.Testing;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Cmdb.Sheets;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Cmdb;

/// <summary>A retired service or configuration item is not offered, and a new record naming one is refused with a reason.</summary>
public sealed class RetiredItemsTests
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task OpenAsync_RefusesARetiredService_AndTheCatalogueNoLongerOffersIt()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var service = (await new CmdbCatalogue(database.Factory).GetAsync()).Services.Single(s => s.Name == "GP Connect");
        var admin = new CmdbAdmin(database.Factory, clock);
        var row = (await admin.ListAsync(CmdbKind.Services)).Rows.Single(r => r.Values[0] == "GP Connect");
        var values = row.Values.ToArray();
        values[4] = CmdbSheet.Yes;
        Assert.True((await admin.SaveAsync(CmdbKind.Services, RowTarget.Existing(row.Id), values, "Test administrator")).Succeeded);

        var result = await new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock)
            .OpenAsync(RecordRequests.Incident(service), "Test SOC analyst");

        Assert.False(result.Succeeded);
        Assert.Equal("GP Connect is retired; pick a current service.", result.Problems["serviceId"]);
        Assert.DoesNotContain((await new CmdbCatalogue(database.Factory).GetAsync()).Services, s => s.Name == "GP Connect");
    }
}

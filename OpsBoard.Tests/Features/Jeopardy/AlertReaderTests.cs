using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Jeopardy;

public sealed class AlertReaderTests
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task GetAsync_ListsOpenAlertsNearestBreachFirst_ForTheFollowedGroupsAndServices()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var recording = new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        var (first, second) = (catalogue.Services[0], catalogue.Services[1]);
        // Opened a minute apart, so the later ones are due later; the second service's record is passed to its 2nd line group.
        var earliest = await AlertSeed.OpenP1Async(recording, second, second.SecondLineGroupId);
        clock.Advance(TimeSpan.FromMinutes(1));
        var later = await AlertSeed.OpenP1Async(recording, first);
        clock.Advance(TimeSpan.FromMinutes(1));
        var latest = await AlertSeed.OpenP1Async(recording, first);
        clock.Advance(AlertSeed.IntoJeopardy);
        await AlertSeed.SweepAsync(database, database.Feed, clock);
        var reader = new AlertReader(database.Factory, new OlaPolicyStore(database.Factory), clock);

        var all = await reader.GetAsync(BoardFilter.Everything, Viewers.Admin);
        var firstService = await reader.GetAsync(BoardFilter.Of(null, [first.Id]), Viewers.Admin);
        var secondLine = await reader.GetAsync(BoardFilter.Of([second.SecondLineGroupId!.Value], null), Viewers.Admin);

        Assert.Equal([earliest, later, latest], all.Alerts.Select(a => a.Number));
        Assert.Equal(3, all.Total);
        Assert.True(all.Alerts.Zip(all.Alerts.Skip(1)).All(p => p.First.Due <= p.Second.Due));
        Assert.All(all.Alerts, a => Assert.Equal((JeopardyState.Jeopardy, OlaTargetKind.Response, true), (a.State, a.Kind, a.IsRunning)));
        Assert.Equal([later, latest], firstService.Alerts.Select(a => a.Number));
        Assert.Equal(earliest, Assert.Single(secondLine.Alerts).Number);
        var shown = all.Alerts[0];
        Assert.Equal((second.Name, catalogue.Groups.Single(g => g.Id == second.SecondLineGroupId).Name, 2), (shown.Service, shown.Group, shown.SupportLine));
        Assert.Equal(TestClock.MondayMorning.AddMinutes(15), shown.Due);
        Assert.Equal(TimeSpan.FromMinutes(14), shown.Used);
    }
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Features.Queues;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Wall;

namespace OpsBoard.Tests.Components;

/// <summary>The wall over a real database with no demo records: tiles, the nearest-to-breach rows as the sweep moves a clock, and the stale banner.</summary>
public sealed class WallPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private ChangeFeed Feed => harness.Context.Services.GetRequiredService<ChangeFeed>();

    [Fact]
    public async Task Tiles_CountOpenRecordsByPriority_ForTheWholeBoardAndForAFilter()
    {
        var (seeded, _) = await QueueSeed.CreateAsync(harness.Database, harness.Clock);
        Feed.Beat(harness.Clock.GetUtcNow());
        var open = seeded.Where(s => s.Status.IsOpen()).ToList();
        Assert.Equal(5, open.Count);

        var all = RenderWall("wall");
        AssertTiles(all, open.Select(s => s.Priority));
        Assert.Contains("5 open records", all.Find("[data-testid=wall-filter]").TextContent);

        var service = seeded[0].ServiceId;
        var byService = RenderWall($"wall?services={service}");
        AssertTiles(byService, open.Where(s => s.ServiceId == service).Select(s => s.Priority));

        // The group that took the second record holds only it among the open ones; what the database says is what the tiles must say.
        var group = seeded[1].GroupId;
        var inGroup = await harness.QueryAsync(db => db.Records
            .Where(r => r.AssignmentGroupId == group && (r.Status == Status.New || r.Status == Status.Assigned || r.Status == Status.InProgress || r.Status == Status.Pending))
            .Select(r => r.Priority).ToListAsync());
        var byGroup = RenderWall($"wall?groups={group}&views=summary");
        AssertTiles(byGroup, inGroup);
        Assert.Equal([seeded[1].Number], byGroup.FindAll("[data-testid=wall-row]").Select(r => r.GetAttribute("data-number")));
    }

    [Fact]
    public async Task Row_ShowsTheStoredStateAndTicks_AsTheSweepMovesAP1IntoJeopardyThenBreach()
    {
        var service = (await new CmdbCatalogue(harness.Database.Factory).GetAsync()).Services[0];
        var opened = await harness.Context.Services.GetRequiredService<RecordingService>()
            .OpenAsync(RecordRequests.Incident(service) with { Impact = Impact.High, Urgency = Urgency.High }, "Test");
        Assert.True(opened.Succeeded, opened.Message);
        var page = RenderWall("wall");
        var row = $"[data-testid=wall-row][data-number={opened.Number}]";
        string State() => page.Find($"{row} [data-testid=wall-row-state]").TextContent.Trim();
        string Countdown() => page.Find($"{row} [data-testid=wall-row-countdown] [aria-hidden=true]").TextContent.Trim();
        string Tile(string name) => page.Find($"[data-testid=tile-{name}-count]").TextContent;

        page.WaitForAssertion(() => Assert.Equal(("On track", "0:15:00"), (State(), Countdown())), ComponentHarness.Wait);

        // 12 of the SOC's 15 response minutes used is 80%: Jeopardy once the sweep has stored it, and not before.
        harness.Clock.Advance(TimeSpan.FromMinutes(12));
        page.WaitForAssertion(() => Assert.Equal(("On track", "0:03:00"), (State(), Countdown())), ComponentHarness.Wait);
        await SweepAsync();
        page.WaitForAssertion(() => Assert.Equal(("Jeopardy", "0:03:00", "1", "0"), (State(), Countdown(), Tile("jeopardy"), Tile("breached"))), ComponentHarness.Wait);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        page.WaitForAssertion(() => Assert.Equal("0:02:59", Countdown()), ComponentHarness.Wait);

        harness.Clock.Advance(TimeSpan.FromMinutes(4));
        await SweepAsync();
        page.WaitForAssertion(() => Assert.Equal(("Breached", "-0:01:01", "0", "1"), (State(), Countdown(), Tile("jeopardy"), Tile("breached"))), ComponentHarness.Wait);
        Assert.Contains("breached 1m 01s ago", page.Find($"{row} [data-testid=wall-row-countdown]").TextContent);
    }

    [Fact]
    public async Task MajorIncident_GetsATileAndABanner_OnEveryWallWhateverItsFilter_UntilResolved()
    {
        var catalogue = await new CmdbCatalogue(harness.Database.Factory).GetAsync();
        var (service, otherService) = (catalogue.Services[0], catalogue.Services[1]);
        var opened = await harness.Context.Services.GetRequiredService<RecordingService>()
            .OpenAsync(RecordRequests.Incident(service) with { Title = "Spine down for every trust", Impact = Impact.High, Urgency = Urgency.High }, "Test");
        Assert.True(opened.Succeeded, opened.Message);
        Feed.Beat(harness.Clock.GetUtcNow());
        var manager = catalogue.Groups.SelectMany(g => g.Members).First();
        var everything = RenderWall("wall");
        var otherServiceOnly = RenderWall($"wall?services={otherService.Id}");
        foreach (var wall in new[] { everything, otherServiceOnly })
        {
            wall.WaitForAssertion(() => Assert.Equal("0", wall.Find("[data-testid=tile-major-count]").TextContent), ComponentHarness.Wait);
            Assert.Empty(wall.FindAll("[data-testid=wall-major-banner]"));
        }

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var actions = harness.Context.Services.GetRequiredService<RecordActionService>();
        var declared = await actions.ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.DeclareMajorIncident, ManagerId = manager.Id }, "Duty manager");
        Assert.True(declared.Succeeded, declared.Message);
        harness.Clock.Advance(TimeSpan.FromMinutes(12));

        foreach (var wall in new[] { everything, otherServiceOnly })
        {
            wall.WaitForAssertion(() =>
            {
                Assert.Equal("1", wall.Find("[data-testid=tile-major-count]").TextContent);
                var banner = wall.Find("[data-testid=wall-major-banner]");
                Assert.Equal(opened.Number, banner.GetAttribute("data-number"));
                Assert.Contains("MAJOR INCIDENT", banner.TextContent);
                Assert.Contains("Spine down for every trust", banner.TextContent);
                Assert.Contains($"run by {manager.Name}", banner.TextContent);
                Assert.Contains("declared 09:05 (12m ago)", banner.TextContent);
            }, ComponentHarness.Wait);
        }
        // The other service's wall counts none of that service's records, yet shows the major incident.
        Assert.Contains("0 open records", otherServiceOnly.Find("[data-testid=wall-filter]").TextContent);

        Assert.True((await actions.ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.Acknowledge }, "Resolver")).Succeeded);
        var resolved = await actions.ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.Resolve, ResolutionCode = ResolutionCode.Fixed, Note = "Restarted" }, "Resolver");
        Assert.True(resolved.Succeeded, resolved.Message);
        foreach (var wall in new[] { everything, otherServiceOnly })
        {
            wall.WaitForAssertion(() => Assert.Equal("0", wall.Find("[data-testid=tile-major-count]").TextContent), ComponentHarness.Wait);
            Assert.Empty(wall.FindAll("[data-testid=wall-major-banner]"));
        }
    }

    [Fact]
    public void StaleBanner_SaysSinceWhen_WhenNoBeatForLongerThanExpected_AndClearsOnTheNextBeat()
    {
        var page = RenderWall("wall");
        // No beat at all yet: the jobs have not shown they are alive.
        page.WaitForAssertion(() => Assert.Equal("false", page.Find("[data-testid=wall-live]").GetAttribute("data-live")), ComponentHarness.Wait);
        Assert.Contains("DATA NOT LIVE since 09:00:00", page.Find("[data-testid=wall-stale]").TextContent);

        Feed.Beat(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromSeconds(2));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=wall-stale]")), ComponentHarness.Wait);
        Assert.Equal("true", page.Find("[data-testid=wall-live]").GetAttribute("data-live"));

        // Beats stop; just past the limit the banner says since the last one.
        harness.Clock.Advance(WallPage.StaleAfter - TimeSpan.FromSeconds(2));
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=wall-live]").GetAttribute("data-live")), ComponentHarness.Wait);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        page.WaitForAssertion(() => Assert.Contains("DATA NOT LIVE since 09:00:00 - no update from the server for 11s",
            page.Find("[data-testid=wall-stale]").TextContent), ComponentHarness.Wait);

        Feed.Beat(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=wall-stale]")), ComponentHarness.Wait);
    }

    [Fact]
    public async Task MajorIncidentBanner_SaysWhenTheNextUpdateIsDue_AndThatItIsLate_WithoutMakingTheRecordBreached()
    {
        var catalogue = await new CmdbCatalogue(harness.Database.Factory).GetAsync();
        // A P4: its OLA clocks stay on track for hours, so only the update clock can be late.
        var opened = await harness.Context.Services.GetRequiredService<RecordingService>()
            .OpenAsync(RecordRequests.Incident(catalogue.Services[0]) with { Title = "Spine slow for every trust", Impact = Impact.Low, Urgency = Urgency.Medium }, "Test");
        Assert.True(opened.Succeeded, opened.Message);
        var declared = await harness.Context.Services.GetRequiredService<RecordActionService>().ActAsync(opened.Number!,
            new RecordActionRequest { Action = RecordAction.DeclareMajorIncident, ManagerId = catalogue.Groups.SelectMany(g => g.Members).First().Id }, "Duty manager");
        Assert.True(declared.Succeeded, declared.Message);
        Feed.Beat(harness.Clock.GetUtcNow());
        var wall = RenderWall("wall");
        wall.WaitForAssertion(() => Assert.Contains("next update 09:30", wall.Find("[data-testid=wall-major-update]").TextContent), ComponentHarness.Wait);

        harness.Clock.Advance(TimeSpan.FromMinutes(32));
        await SweepAsync();

        wall.WaitForAssertion(() => Assert.Contains("UPDATE LATE by 2m", wall.Find("[data-testid=wall-major-update]").TextContent), ComponentHarness.Wait);
        Assert.DoesNotContain("Breached", wall.Find($"[data-testid=wall-row][data-number={opened.Number}]").TextContent);
    }

    private IRenderedComponent<WallPage> RenderWall(string address)
    {
        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return harness.Context.Render<WallPage>();
    }

    private static void AssertTiles(IRenderedComponent<WallPage> page, IEnumerable<Priority> open)
    {
        var expected = Enum.GetValues<Priority>().Select(p => open.Count(o => o == p).ToString()).ToList();
        page.WaitForAssertion(() => Assert.Equal(expected,
            Enum.GetValues<Priority>().Select(p => page.Find($"[data-testid=tile-{p.ToString().ToLowerInvariant()}-count]").TextContent).ToList()), ComponentHarness.Wait);
    }

    private Task<SweepResult> SweepAsync() =>
        new OlaSweepJob(harness.Database.Factory, harness.Context.Services.GetRequiredService<OlaPolicyStore>(), Feed, harness.Clock, NullLogger<OlaSweepJob>.Instance).RunAsync();
}

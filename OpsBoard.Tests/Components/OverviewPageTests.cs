using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Overview;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Components;

public sealed class OverviewPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Render_CountsOpenRecordsAndListsLatestChanges_WhenDemoDataLoaded()
    {
        var open = await harness.QueryAsync(db => db.Records
            .Where(r => r.Status == Status.New || r.Status == Status.Assigned || r.Status == Status.InProgress || r.Status == Status.Pending)
            .Select(r => new { r.Status, r.Priority }).ToListAsync());
        var latest = await harness.QueryAsync(db => db.Records.OrderByDescending(r => r.UpdatedAt).Select(r => r.Number).FirstAsync());

        var page = harness.Context.Render<OverviewPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=recent-records]")), ComponentHarness.Wait);
        Assert.Equal(open.Count(r => r.Priority == Priority.P2).ToString(), page.Find("[data-testid=open-p2-count]").TextContent);
        Assert.Equal(open.Count(r => r.Priority >= Priority.P3).ToString(), page.Find("[data-testid=open-p3-p5-count]").TextContent);
        Assert.Equal(open.Count(r => r.Status == Status.InProgress).ToString(), page.Find("[data-testid=open-inprogress-count]").TextContent);
        var rows = page.FindAll("[data-testid=recent-records] tbody tr");
        Assert.Equal(OverviewService.RecentCount, rows.Count);
        Assert.Equal($"records/{latest}", rows[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Counts_FollowRecordsOpenedAndChanged_WithoutReload()
    {
        var page = harness.Context.Render<OverviewPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=recent-records]")), ComponentHarness.Wait);
        var p1 = Count(page, "open-p1");
        var inProgress = Count(page, "open-inprogress");
        var service = (await harness.Context.Services.GetRequiredService<CmdbCatalogue>().GetAsync()).Services[0];

        var opened = await harness.Context.Services.GetRequiredService<RecordingService>()
            .OpenAsync(RecordRequests.Incident(service) with { Impact = Impact.High, Urgency = Urgency.High }, "Another analyst");
        Assert.True(opened.Succeeded, opened.Message);

        page.WaitForAssertion(() => Assert.Equal(p1 + 1, Count(page, "open-p1")), ComponentHarness.Wait);
        Assert.Equal($"records/{opened.Number}", page.FindAll("[data-testid=recent-records] tbody tr")[0].QuerySelector("a")!.GetAttribute("href"));

        var acknowledged = await harness.Context.Services.GetRequiredService<RecordActionService>()
            .ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.Acknowledge }, "Another analyst");
        Assert.True(acknowledged.Succeeded, acknowledged.Message);

        page.WaitForAssertion(() => Assert.Equal(inProgress + 1, Count(page, "open-inprogress")), ComponentHarness.Wait);
    }

    private static int Count(IRenderedComponent<OverviewPage> page, string tile) => int.Parse(page.Find($"[data-testid={tile}-count]").TextContent);
}

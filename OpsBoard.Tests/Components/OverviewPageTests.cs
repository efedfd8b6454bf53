using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Overview;

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
}

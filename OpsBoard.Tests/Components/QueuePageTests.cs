using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Queues.Pages;

namespace OpsBoard.Tests.Components;

public sealed class QueuePageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Grid_ShowsOnlyMatchingRecords_WhenFiltersInAddress()
    {
        var expected = await harness.QueryAsync(db => db.Records.CountAsync(r => r.Status == Status.Closed && r.Kind == RecordKind.Event));

        Navigate("queue?status=Closed&kind=Event");
        var page = harness.Context.Render<QueuePage>();

        page.WaitForAssertion(() => Assert.Equal(expected, page.FindAll("[data-testid=queue-grid] tbody tr").Count), ComponentHarness.Wait);
        Assert.All(page.FindAll("[data-testid=queue-grid] tbody tr"), row =>
        {
            Assert.StartsWith("EVT", row.QuerySelector("a")!.TextContent);
            Assert.Contains("Closed", row.TextContent);
        });
    }

    [Fact]
    public async Task Grid_ShowsOpenRecordsOnly_WhenNoFilterGiven()
    {
        var open = await harness.QueryAsync(db => db.Records.CountAsync(r =>
            r.Status == Status.New || r.Status == Status.Assigned || r.Status == Status.InProgress || r.Status == Status.Pending));

        Navigate("queue");
        var page = harness.Context.Render<QueuePage>();

        page.WaitForAssertion(() => Assert.Contains($"of {open}", page.Find(".mud-table-pagination").TextContent), ComponentHarness.Wait);
        Assert.DoesNotContain(page.FindAll("[data-testid=queue-grid] tbody tr"), row => row.TextContent.Contains("Closed"));
    }

    [Fact]
    public async Task Filter_GoesIntoAddressAndGrid_WhenStatusPicked()
    {
        var pending = await harness.QueryAsync(db => db.Records.CountAsync(r => r.Status == Status.Pending));
        Navigate("queue");
        var page = harness.Context.Render<QueuePage>();

        harness.Pick(page, "queue-status", "Pending");

        var navigation = harness.Context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("queue?status=Pending", navigation.Uri, StringComparison.Ordinal), ComponentHarness.Wait);
        page.WaitForAssertion(() => Assert.Equal(pending, page.FindAll("[data-testid=queue-grid] tbody tr").Count), ComponentHarness.Wait);
        Assert.All(page.FindAll("[data-testid=queue-grid] tbody tr"), row => Assert.Contains("Pending", row.TextContent));
    }

    [Fact]
    public void Grid_SaysWhatWouldAppear_WhenNothingMatches()
    {
        Navigate("queue?q=no%20record%20has%20this%20title");
        var page = harness.Context.Render<QueuePage>();

        page.WaitForAssertion(() => Assert.Contains("No records match these filters", page.Find("[data-testid=queue-empty]").TextContent),
            ComponentHarness.Wait);
    }

    private void Navigate(string address) => harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
}

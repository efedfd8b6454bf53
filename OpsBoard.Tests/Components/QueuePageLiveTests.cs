using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using ChangedRows = OpsBoard.Web.Features.Queues.ChangedRows;
using OpsBoard.Web.Features.Queues.Pages;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Components;

/// <summary>The queue follows the change feed: records recorded or changed through the services show without the test re-rendering it.</summary>
public sealed class QueuePageLiveTests : IAsyncLifetime
{
    private const string Marker = "Live queue marker";

    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Grid_ShowsNewRecordMarkedAdded_WhenRecordedThroughService()
    {
        var page = Render($"queue?q={Uri.EscapeDataString(Marker)}");
        page.WaitForAssertion(() => page.Find("[data-testid=queue-empty]"), ComponentHarness.Wait);

        var number = await RecordAsync($"{Marker}: Spine messages delayed");

        page.WaitForAssertion(() => Assert.Equal(number, Assert.Single(Rows(page)).QuerySelector("a")!.TextContent), ComponentHarness.Wait);
        Assert.Contains("1-1 of 1", Caption(page));
        var row = Assert.Single(Rows(page));
        Assert.Contains("changed-row", row.ClassList);
        Assert.Equal("Added", row.QuerySelector("[data-testid=queue-row-changed]")!.TextContent.Trim());
        Assert.Contains(number, page.Find("[data-testid=queue-live]").TextContent);
    }

    [Fact]
    public async Task Row_ShowsChangeMarkedUpdatedForAFewSeconds_WhenChangedThroughService()
    {
        var number = await harness.QueryAsync(db => db.Records.Where(r => r.Status == Status.Assigned).OrderBy(r => r.Id).Select(r => r.Number).FirstAsync());
        var page = Render($"queue?q={number}");
        page.WaitForAssertion(() => Assert.Contains("Assigned", Assert.Single(Rows(page)).TextContent), ComponentHarness.Wait);
        Assert.Empty(page.FindAll("[data-testid=queue-row-changed]"));

        await ActAsync(number, new RecordActionRequest { Action = RecordAction.Acknowledge });

        page.WaitForAssertion(() => Assert.Contains("In progress", Assert.Single(Rows(page)).TextContent), ComponentHarness.Wait);
        Assert.Contains("changed-row", Rows(page)[0].ClassList);
        Assert.Equal("Updated", page.Find("[data-testid=queue-row-changed]").TextContent.Trim());

        // The mark goes by the app's clock: still there a moment before it runs out, gone once it has.
        harness.Clock.Advance(ChangedRows.Shown - TimeSpan.FromSeconds(1));
        Assert.Single(page.FindAll("[data-testid=queue-row-changed]"));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=queue-row-changed]")), ComponentHarness.Wait);
        Assert.DoesNotContain("changed-row", Rows(page)[0].ClassList);
    }

    [Fact]
    public async Task Grid_KeepsSortAndPage_WhenRecordsAreAddedAndChanged()
    {
        // Incidents only: the number series of each kind sort apart, and the new record is an incident.
        var total = await harness.QueryAsync(db => db.Records.CountAsync(r => r.Kind == RecordKind.Incident));
        var page = Render("queue?open=false&kind=Incident");
        page.WaitForAssertion(() => Assert.Contains($"1-25 of {total}", Caption(page)), ComponentHarness.Wait);
        // Number, descending: the newest incident first.
        page.FindAll(".sortable-column-header").Single(h => h.TextContent == "Number").Click();
        page.WaitForAssertion(() => Assert.Equal(Numbers(page).Order().ToList(), Numbers(page)), ComponentHarness.Wait);
        page.FindAll(".sortable-column-header").Single(h => h.TextContent == "Number").Click();
        page.WaitForAssertion(() => Assert.Equal(Numbers(page).OrderDescending().ToList(), Numbers(page)), ComponentHarness.Wait);

        var added = await RecordAsync($"{Marker}: added while sorted");

        page.WaitForAssertion(() => Assert.Contains($"1-25 of {total + 1}", Caption(page)), ComponentHarness.Wait);
        var numbers = Numbers(page);
        Assert.Equal(numbers.OrderDescending().ToList(), numbers);
        Assert.Contains(added, numbers);
        Assert.Equal("Added", Rows(page).Single(r => r.QuerySelector("a")!.TextContent == added).QuerySelector("[data-testid=queue-row-changed]")!.TextContent.Trim());

        page.Find("button[aria-label='Next page']").Click();
        page.WaitForAssertion(() => Assert.Contains($"26-50 of {total + 1}", Caption(page)), ComponentHarness.Wait);
        var onPageTwo = Numbers(page);
        await ActAsync(onPageTwo[3], new RecordActionRequest { Action = RecordAction.AddNote, Note = "Called the ward back." });

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=queue-row-changed]")), ComponentHarness.Wait);
        Assert.Contains(onPageTwo[3], Rows(page)[3].QuerySelector("a")!.TextContent);
        Assert.Contains($"26-50 of {total + 1}", Caption(page));
        Assert.Equal(onPageTwo, Numbers(page));
    }

    private IRenderedComponent<QueuePage> Render(string address)
    {
        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return harness.Context.Render<QueuePage>();
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<QueuePage> page) =>
        page.FindAll("[data-testid=queue-grid] tbody tr").Where(r => r.QuerySelector("a") is not null).ToList();

    private static List<string> Numbers(IRenderedComponent<QueuePage> page) => [.. Rows(page).Select(r => r.QuerySelector("a")!.TextContent)];

    private static string Caption(IRenderedComponent<QueuePage> page) => page.FindAll(".mud-table-pagination-caption")[^1].TextContent;

    private async Task<string> RecordAsync(string title)
    {
        var service = (await harness.Context.Services.GetRequiredService<CmdbCatalogue>().GetAsync()).Services[0];
        var result = await harness.Context.Services.GetRequiredService<RecordingService>().OpenAsync(RecordRequests.Incident(service) with { Title = title }, "Another analyst");
        Assert.True(result.Succeeded, result.Message);
        return result.Number!;
    }

    private async Task ActAsync(string number, RecordActionRequest request)
    {
        var result = await harness.Context.Services.GetRequiredService<RecordActionService>().ActAsync(number, request, "Another analyst");
        Assert.True(result.Succeeded, result.Message);
    }
}

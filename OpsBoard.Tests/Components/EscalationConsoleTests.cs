using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Escalation;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Components;

/// <summary>The jeopardy console's escalations beyond the clocks, live: a proposed major incident and a ping-pong alert.</summary>
public sealed class EscalationConsoleTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;
    private CatalogueView catalogue = default!;

    public async Task InitializeAsync()
    {
        harness = await ComponentHarness.CreateAsync(demoRecords: 0);
        catalogue = await Service<CmdbCatalogue>().GetAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private T Service<T>() where T : notnull => harness.Context.Services.GetRequiredService<T>();

    private IRenderedComponent<JeopardyPage> Render()
    {
        Service<NavigationManager>().NavigateTo("jeopardy");
        return harness.Context.Render<JeopardyPage>();
    }

    private async Task<string> OpenAsync()
    {
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var result = await Service<RecordingService>().OpenAsync(RecordRequests.Incident(catalogue.Services[0]) with { Impact = Impact.Low }, "SOC analyst");
        Assert.True(result.Succeeded, result.Message);
        return result.Number!;
    }

    [Fact]
    public async Task AProposal_AppearsLive_AndIsDismissedWithAReason()
    {
        var page = Render();
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++) numbers.Add(await OpenAsync());
        Assert.Empty(page.FindAll("[data-testid=proposal]"));

        await Service<ProposalDetector>().CheckAsync();

        page.WaitForAssertion(() => Assert.Equal(numbers, page.FindAll("[data-testid=proposal-incident]").Select(r => r.GetAttribute("data-number"))), ComponentHarness.Wait);
        Assert.Contains($"5 incidents on {catalogue.Services[0].Items[0].Name} ({catalogue.Services[0].Name}) within 4m", page.Find("[data-testid=proposal-heading]").TextContent);
        page.Find("[data-testid=proposal-dismiss]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-reason]"), ComponentHarness.Wait);
        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-reason]").Input("Planned maintenance window on the item");
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=proposal]")), ComponentHarness.Wait);
        var reasons = await harness.QueryAsync(db => db.History.Where(h => h.Field == ProposalDecisions.HistoryField).Select(h => h.NewValue).ToListAsync());
        Assert.Equal(5, reasons.Count);
        Assert.All(reasons, r => Assert.Equal("Dismissed: Planned maintenance window on the item", r));
    }

    [Fact]
    public async Task APingPongAlert_AppearsLive_WithItsRouteAndWhoItIsFor_OfferingItsOwnResponses()
    {
        var number = await OpenAsync();
        var page = Render();
        var (second, third) = (catalogue.Groups.First(g => g.Line == 2), catalogue.Groups.First(g => g.Line == 3));
        foreach (var group in new[] { second, third, second, third })
        {
            var result = await Service<RecordActionService>().ActAsync(number, new RecordActionRequest { Action = RecordAction.Assign, GroupId = group.Id }, "Resolver");
            Assert.True(result.Succeeded, result.Message);
        }

        page.WaitForAssertion(() => page.Find($"[data-testid=alert][data-number={number}]"), ComponentHarness.Wait);
        var row = page.Find($"[data-testid=alert][data-number={number}]");
        var soc = catalogue.Groups.Single(g => g.Line == 1).Name;
        Assert.Equal($"Passed between groups 4 times: {soc} -> {second.Name} -> {third.Name} -> {second.Name} -> {third.Name}",
            row.QuerySelector("[data-testid=alert-left]")!.TextContent.Trim());
        Assert.StartsWith("For ", row.QuerySelector("[data-testid=alert-for]")!.TextContent.Trim());
        Assert.Contains($"service manager of {catalogue.Services[0].Name}", row.QuerySelector("[data-testid=alert-for]")!.TextContent);
        Assert.NotNull(row.QuerySelector("[data-testid=alert-acknowledge]"));
        Assert.NotNull(row.QuerySelector("[data-testid=alert-reassign]"));
        Assert.NotNull(row.QuerySelector("[data-testid=alert-escalatetoservicemanager]"));
        Assert.Null(row.QuerySelector("[data-testid=alert-chase]"));
        Assert.Contains("Assign to one group", row.QuerySelector("[data-testid=alert-reassign]")!.TextContent);
    }
}

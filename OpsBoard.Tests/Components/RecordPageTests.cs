using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Components;

public sealed class RecordPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData(Status.New)]
    [InlineData(Status.Assigned)]
    [InlineData(Status.InProgress)]
    [InlineData(Status.Pending)]
    [InlineData(Status.Resolved)]
    [InlineData(Status.Closed)]
    [InlineData(Status.Cancelled)]
    public async Task Actions_OfferOnlyThoseTheStatusAllows_WhenRecordHasStatus(Status status)
    {
        var number = await RecordWithStatusAsync(status);

        var page = RenderPage(number);

        var offered = page.FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid") ?? string.Empty).Order().ToList();
        var allowed = StatusMachine.AllowedActions(status).Select(a => $"action-{DisplayNames.Slug(a)}").Order().ToList();
        Assert.Equal(allowed, offered);
        Assert.Contains(DisplayNames.Of(status), page.Find("[data-testid=record-status]").TextContent);
        // Only a Resolved record says when it will close by itself.
        Assert.Equal(status == Status.Resolved, page.FindAll("[data-testid=record-closes-at]").Count == 1);
    }

    [Fact]
    public async Task Act_ShowsReasonAndLeavesRecordAsItWas_WhenStatusMachineRefuses()
    {
        var number = await RecordWithStatusAsync(Status.Resolved);
        var page = RenderPage(number);
        // Someone else closes the record in the moment before this page hears of it, so it still offers Reopen.
        await ActUnheard(number, new RecordActionRequest { Action = RecordAction.Close });
        var before = await HistoryCountAsync(number);

        page.Find("[data-testid=action-reopen]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-text]"), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-text]").Input("The caller says it is broken again.");
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("A Closed record cannot be reopened; raise a new incident.",
            page.Find("[data-testid=refusal]").TextContent), ComponentHarness.Wait);
        harness.Snackbars.WaitForAssertion(() => Assert.Contains("cannot be reopened", harness.Snackbars.Markup), ComponentHarness.Wait);
        Assert.Equal(Status.Closed, await StatusOfAsync(number));
        Assert.Equal(before, await HistoryCountAsync(number));
        // The page shows the record as it now is, with the actions a Closed record allows.
        Assert.Contains("Closed", page.Find("[data-testid=record-status]").TextContent);
        Assert.Equal(["action-add-note"], page.FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")));
    }

    [Fact]
    public async Task Act_ShowsReasonAndLeavesRecordAsItWas_WhenImpactAndUrgencyUnchanged()
    {
        var number = await RecordWithStatusAsync(Status.InProgress);
        var before = await HistoryCountAsync(number);
        var page = RenderPage(number);

        page.Find("[data-testid=action-reclassify]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-submit]"), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Impact and urgency are unchanged.", page.Find("[data-testid=refusal]").TextContent),
            ComponentHarness.Wait);
        Assert.Equal(before, await HistoryCountAsync(number));
    }

    [Fact]
    public async Task Act_ConfirmsAndShowsNewState_WhenActionSucceeds()
    {
        var number = await RecordWithStatusAsync(Status.Assigned);
        var page = RenderPage(number);

        page.Find("[data-testid=action-acknowledge]").Click();

        page.WaitForAssertion(() => Assert.Contains("In progress", page.Find("[data-testid=record-status]").TextContent), ComponentHarness.Wait);
        Assert.Empty(page.FindAll("[data-testid=refusal]"));
        Assert.Equal(Status.InProgress, await StatusOfAsync(number));
        harness.Snackbars.WaitForAssertion(() => Assert.Contains($"{number} acknowledged.", harness.Snackbars.Markup), ComponentHarness.Wait);
        // Newest first: the acknowledgement by this page's actor heads the history.
        Assert.Contains(ComponentHarness.ActorName, page.FindAll("[data-testid=history-entry]")[0].TextContent);
    }

    [Theory]
    [InlineData("add-note")]
    [InlineData("cancel")]
    [InlineData("resolve")]
    public async Task TextDialog_CannotBeSent_WhenTextEmpty(string action)
    {
        var number = await RecordWithStatusAsync(Status.InProgress);
        var page = RenderPage(number);

        page.Find($"[data-testid=action-{action}]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-submit]"), ComponentHarness.Wait);

        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-text]").Input("   ");
        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-text]").Input("Checked with the supplier.");
        Assert.False(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_SaysRecordNotFound_WhenNumberUnknown()
    {
        var page = harness.Context.Render<RecordPage>(p => p.Add(x => x.Number, "INC9999999"));

        page.WaitForAssertion(() => Assert.Contains("There is no record INC9999999", page.Find("[data-testid=record-not-found]").TextContent),
            ComponentHarness.Wait);
        Assert.Equal("Record not found", page.Find("h1").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid^=action-]"));
    }

    [Fact]
    public async Task History_ListsEveryEntryNewestFirst_WhenRecordHasHistory()
    {
        var number = await RecordWithStatusAsync(Status.Closed);
        var history = await harness.QueryAsync(db => db.History
            .Where(h => h.RecordId == db.Records.Single(r => r.Number == number).Id).OrderBy(h => h.Id).ToListAsync());

        var page = RenderPage(number);

        var entries = page.FindAll("[data-testid=history-entry]");
        Assert.Equal(history.Count, entries.Count);
        var newest = history[^1];
        Assert.Contains(newest.Field, entries[0].TextContent);
        Assert.Contains(newest.By, entries[0].TextContent);
        Assert.Contains(LondonTime.Format(newest.At), entries[0].TextContent);
        Assert.Contains($"{newest.OldValue} -> {newest.NewValue}", entries[0].TextContent.Replace("changed to", string.Empty));
    }

    [Fact]
    public async Task DeclareMajorIncident_NeedsAManager_ThenTheBannerShows_AndTheActionGoes()
    {
        var number = await RecordWithStatusAsync(Status.InProgress);
        var manager = (await new OpsBoard.Web.Features.Cmdb.CmdbCatalogue(harness.Database.Factory).GetAsync()).Groups.SelectMany(g => g.Members).OrderBy(p => p.Name).First();
        var page = RenderPage(number);
        Assert.Empty(page.FindAll("[data-testid=record-major-incident]"));

        page.Find("[data-testid=action-declare-major-incident]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-manager]"), ComponentHarness.Wait);
        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Pick(harness.Dialogs, "dialog-manager", manager.Name);
        harness.Dialogs.Find("[data-testid=dialog-text]").Input("Spine down for every trust");
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains($"Major incident, run by {manager.Name}", page.Find("[data-testid=record-major-incident]").TextContent),
            ComponentHarness.Wait);
        Assert.Empty(page.FindAll("[data-testid=action-declare-major-incident]"));
        Assert.Contains("Spine down for every trust", page.Find("[data-testid=history]").TextContent);
    }

    private IRenderedComponent<RecordPage> RenderPage(string number)
    {
        var page = harness.Context.Render<RecordPage>(p => p.Add(x => x.Number, number));
        page.WaitForAssertion(() => Assert.Equal(number, page.Find("[data-testid=record-number]").TextContent.Trim()), ComponentHarness.Wait);
        return page;
    }

    /// <summary>A demo record in that status; the demo data cancels nothing, so a Cancelled one is made from a New one.</summary>
    private async Task<string> RecordWithStatusAsync(Status status)
    {
        var wanted = status == Status.Cancelled ? Status.New : status;
        var number = await harness.QueryAsync(db => db.Records.Where(r => r.Status == wanted && r.Kind != RecordKind.Event)
            .OrderBy(r => r.Id).Select(r => r.Number).FirstAsync());
        if (status == Status.Cancelled)
        {
            await Act(number, new RecordActionRequest { Action = RecordAction.Cancel, Note = "Duplicate of another call." });
        }
        return number;
    }

    [Fact]
    public async Task Page_ShowsAnotherPersonsChange_WithoutReload()
    {
        var number = await RecordWithStatusAsync(Status.Resolved);
        var page = RenderPage(number);
        Assert.NotEmpty(page.FindAll("[data-testid=action-reopen]"));

        await Act(number, new RecordActionRequest { Action = RecordAction.Close });

        page.WaitForAssertion(() => Assert.Contains("Closed", page.Find("[data-testid=record-status]").TextContent), ComponentHarness.Wait);
        Assert.Equal(["action-add-note"], page.FindAll("[data-testid^=action-]").Select(b => b.GetAttribute("data-testid")));
    }

    /// <summary>A change whose news has not reached this page yet: made through a service publishing to another feed.</summary>
    private async Task ActUnheard(string number, RecordActionRequest request)
    {
        var elsewhere = new RecordActionService(harness.Database.Factory, new OlaPolicyStore(harness.Database.Factory), harness.Database.Feed, harness.Clock);
        var result = await elsewhere.ActAsync(number, request, "Another analyst");
        Assert.True(result.Succeeded, result.Message);
    }

    private async Task Act(string number, RecordActionRequest request)
    {
        var result = await harness.Context.Services.GetRequiredService<RecordActionService>().ActAsync(number, request, "Another analyst");
        Assert.True(result.Succeeded, result.Message);
    }

    private Task<Status> StatusOfAsync(string number) =>
        harness.QueryAsync(db => db.Records.Where(r => r.Number == number).Select(r => r.Status).SingleAsync());

    private Task<int> HistoryCountAsync(string number) =>
        harness.QueryAsync(db => db.History.CountAsync(h => h.RecordId == db.Records.Single(r => r.Number == number).Id));
}

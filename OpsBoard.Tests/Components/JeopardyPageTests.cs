using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Components;

/// <summary>The jeopardy console over a real database with no demo records: only the alerts each test raises.</summary>
public sealed class JeopardyPageTests : IAsyncLifetime
{
    private const string Note = "Rang the 2nd line lead; an engineer is on it.";

    private ComponentHarness harness = default!;
    private CatalogueView catalogue = default!;

    public async Task InitializeAsync()
    {
        harness = await ComponentHarness.CreateAsync(demoRecords: 0);
        catalogue = await Service<CmdbCatalogue>().GetAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private T Service<T>() where T : notnull => harness.Context.Services.GetRequiredService<T>();

    /// <summary>P1 records opened a minute apart on the given services (the first service when none), then swept into Jeopardy.</summary>
    private async Task<List<string>> RaiseAlertsAsync(params int[] services)
    {
        var numbers = new List<string>();
        foreach (var serviceId in services.DefaultIfEmpty(catalogue.Services[0].Id))
        {
            if (numbers.Count > 0) harness.Clock.Advance(TimeSpan.FromMinutes(1));
            numbers.Add(await AlertSeed.OpenP1Async(Service<RecordingService>(), catalogue.Services.Single(s => s.Id == serviceId)));
        }
        harness.Clock.Advance(AlertSeed.IntoJeopardy);
        await SweepAsync();
        return numbers;
    }

    private Task SweepAsync() => AlertSeed.SweepAsync(harness.Database, Service<ChangeFeed>(), harness.Clock);

    private IRenderedComponent<JeopardyPage> Render(string address = "jeopardy")
    {
        Service<NavigationManager>().NavigateTo(address);
        return harness.Context.Render<JeopardyPage>();
    }

    private static IReadOnlyList<string> Rows(IRenderedComponent<JeopardyPage> page) =>
        [.. page.FindAll("[data-testid=alert]").Select(r => r.GetAttribute("data-number")!)];

    private static IElement Row(IRenderedComponent<JeopardyPage> page, string number) => page.Find($"[data-testid=alert][data-number={number}]");

    private async Task<List<(string Field, string? New)>> HistoryAsync(string number) =>
        await harness.QueryAsync(db => db.History.Where(h => db.Records.Any(r => r.Id == h.RecordId && r.Number == number))
            .OrderBy(h => h.Id).Select(h => new ValueTuple<string, string?>(h.Field, h.NewValue)).ToListAsync());

    [Fact]
    public async Task ASocAnalyst_SeesTheAlerts_ButOnlyServiceManagersAreOfferedResponses()
    {
        var numbers = await RaiseAlertsAsync(catalogue.Services[0].Id);
        harness.Authorization.SetRoles(OpsBoard.Web.Features.Access.Roles.SocAnalyst)
            .SetPolicies(OpsBoard.Web.Features.Access.Policies.Read, OpsBoard.Web.Features.Access.Policies.Record, OpsBoard.Web.Features.Access.Policies.Act);

        var page = Render();

        page.WaitForAssertion(() => Assert.Equal(numbers, Rows(page)), ComponentHarness.Wait);
        var row = Row(page, numbers[0]);
        Assert.Empty(row.QuerySelectorAll("[data-testid=alert-acknowledge]"));
        Assert.Equal("Service managers respond", row.QuerySelector("[data-testid=alert-managers-only]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_ListsAlertsNearestBreachFirst_WithChipsAndATickingCountdown()
    {
        var numbers = await RaiseAlertsAsync(catalogue.Services[0].Id, catalogue.Services[1].Id, catalogue.Services[0].Id);

        var page = Render();

        page.WaitForAssertion(() => Assert.Equal(numbers, Rows(page)), ComponentHarness.Wait);
        Assert.Contains("3 open alerts, nearest breach first.", page.Find("[data-testid=alert-count]").TextContent);
        var first = Row(page, numbers[0]);
        Assert.Contains("Jeopardy", first.QuerySelector("[data-testid=alert-state]")!.TextContent);
        Assert.NotNull(first.QuerySelector("[data-testid=alert-state] svg"));
        Assert.Contains("P1", first.TextContent);
        Assert.Contains("New", first.TextContent);
        Assert.Contains("Response", first.QuerySelector("[data-testid=alert-clock]")!.TextContent);
        Assert.Equal("Service Operations Centre", first.QuerySelector("[data-testid=alert-group]")!.TextContent.Trim());
        Assert.Equal(catalogue.Services[0].Name, first.QuerySelector("[data-testid=alert-service]")!.TextContent.Trim());
        Assert.Equal($"records/{numbers[0]}", first.QuerySelector("a")!.GetAttribute("href"));
        // Opened at 09:00 with 15 minutes to respond; it is 09:14.
        Assert.Contains("1m 00s left", first.QuerySelector("[data-testid=alert-left]")!.TextContent);

        harness.Clock.Advance(TimeSpan.FromSeconds(61));

        page.WaitForAssertion(() => Assert.Contains("Breached by 1s", Row(page, numbers[0]).QuerySelector("[data-testid=alert-left]")!.TextContent), ComponentHarness.Wait);
        // The countdown moves on; the state stays what the sweep stored until it runs again.
        Assert.Contains("Jeopardy", Row(page, numbers[0]).QuerySelector("[data-testid=alert-state]")!.TextContent);
    }

    [Fact]
    public async Task Acknowledge_CannotBeSentWithoutANote_ThenWritesHistoryAndTheRowLeaves()
    {
        var number = (await RaiseAlertsAsync())[0];
        var page = Render();
        page.WaitForAssertion(() => Assert.Single(Rows(page)), ComponentHarness.Wait);

        Row(page, number).QuerySelector("[data-testid=alert-acknowledge]")!.Click();

        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-note]"), ComponentHarness.Wait);
        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-note]").Input("   ");
        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-note]").Input(Note);
        Assert.False(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(Rows(page)), ComponentHarness.Wait);
        Assert.Contains("No open jeopardy alerts", page.Find("[data-testid=alerts-empty]").TextContent);
        harness.Snackbars.WaitForAssertion(() => Assert.Contains($"{number}: acknowledged; the alert is acknowledged.", harness.Snackbars.Markup), ComponentHarness.Wait);
        Assert.Equal((Record.AlertField, $"Acknowledged: {Note}"), (await HistoryAsync(number))[^1]);
    }

    [Fact]
    public async Task Escalate_ToTheServiceManager_NamesThemInHistory()
    {
        var number = (await RaiseAlertsAsync())[0];
        var page = Render();
        page.WaitForAssertion(() => Assert.Single(Rows(page)), ComponentHarness.Wait);

        Row(page, number).QuerySelector("[data-testid=alert-escalate]")!.Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-hierarchical]"), ComponentHarness.Wait);
        Assert.Contains("Functionally, to a line 2 group", harness.Dialogs.Find("[data-testid=dialog-escalation]").TextContent);
        Choose(harness.Dialogs.Find("[data-testid=dialog-hierarchical]"));
        harness.Dialogs.WaitForAssertion(() => Assert.Empty(harness.Dialogs.FindAll("[data-testid=dialog-group]")), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-note]").Input(Note);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(Rows(page)), ComponentHarness.Wait);
        var history = await HistoryAsync(number);
        Assert.Equal("Hierarchical escalation", history[^2].Field);
        Assert.EndsWith($"service manager of {catalogue.Services[0].Name}", history[^2].New);
        Assert.Equal($"Escalated to the service manager: {Note}", history[^1].New);
    }

    [Fact]
    public async Task Escalate_Functionally_OffersTheServicesSecondLine_AndPassesTheRecordOn()
    {
        var number = (await RaiseAlertsAsync())[0];
        var secondLine = catalogue.Groups.Single(g => g.Id == catalogue.Services[0].SecondLineGroupId);
        var page = Render();
        page.WaitForAssertion(() => Assert.Single(Rows(page)), ComponentHarness.Wait);

        Row(page, number).QuerySelector("[data-testid=alert-escalate]")!.Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-note]"), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-note]").Input(Note);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Empty(Rows(page)), ComponentHarness.Wait);
        var history = await HistoryAsync(number);
        Assert.Contains(("Assignment group", secondLine.Name), history);
        Assert.Contains(("Functional escalation", "line 2"), history);
    }

    [Fact]
    public async Task Reassign_AndChase_EachGoIntoHistory()
    {
        var numbers = await RaiseAlertsAsync(catalogue.Services[0].Id, catalogue.Services[0].Id);
        var thirdLine = catalogue.Groups.First(g => g.Line == 3);
        var page = Render();
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count), ComponentHarness.Wait);

        Row(page, numbers[0]).QuerySelector("[data-testid=alert-reassign]")!.Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-group]"), ComponentHarness.Wait);
        harness.Pick(harness.Dialogs, "dialog-group", $"{thirdLine.Name} (line 3)");
        harness.Dialogs.Find("[data-testid=dialog-note]").Input(Note);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();
        page.WaitForAssertion(() => Assert.Equal([numbers[1]], Rows(page)), ComponentHarness.Wait);

        Row(page, numbers[1]).QuerySelector("[data-testid=alert-chase]")!.Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-note]"), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-note]").Input(Note);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();
        page.WaitForAssertion(() => Assert.Empty(Rows(page)), ComponentHarness.Wait);

        Assert.Contains(("Assignment group", thirdLine.Name), await HistoryAsync(numbers[0]));
        Assert.Equal((Record.AlertField, $"Reassigned: {Note}"), (await HistoryAsync(numbers[0]))[^1]);
        Assert.Equal([("Chased", "Service Operations Centre"), (Record.AlertField, $"Chased: {Note}")], (await HistoryAsync(numbers[1]))[^2..]);
    }

    [Fact]
    public async Task Row_Leaves_WhenAnotherConsoleAcknowledges_AndArrives_WhenTheSweepRaisesOne()
    {
        var numbers = await RaiseAlertsAsync(catalogue.Services[0].Id, catalogue.Services[0].Id);
        var page = Render();
        page.WaitForAssertion(() => Assert.Equal(numbers, Rows(page)), ComponentHarness.Wait);
        var alertId = long.Parse(Row(page, numbers[0]).GetAttribute("data-alert")!, System.Globalization.CultureInfo.InvariantCulture);

        // Another service manager, on another console: the same service, another circuit.
        var result = await Service<AlertActionService>().ActAsync(alertId, new AlertActionRequest { Note = Note }, "Another manager");
        Assert.True(result.Succeeded, result.Message);

        page.WaitForAssertion(() => Assert.Equal([numbers[1]], Rows(page)), ComponentHarness.Wait);

        var later = await AlertSeed.OpenP1Async(Service<RecordingService>(), catalogue.Services[0]);
        harness.Clock.Advance(AlertSeed.IntoJeopardy);
        await SweepAsync();

        page.WaitForAssertion(() => Assert.Contains(later, Rows(page)), ComponentHarness.Wait);
    }

    [Fact]
    public async Task Filter_ShowsOnlyTheChosenServices_AndKeepsThemInTheAddress()
    {
        var (followed, other) = (catalogue.Services[1], catalogue.Services[0]);
        var numbers = await RaiseAlertsAsync(other.Id, followed.Id);
        var page = Render();
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count), ComponentHarness.Wait);

        harness.Pick(page, "jeopardy-services", followed.Name);

        var navigation = Service<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith($"jeopardy?services={followed.Id}", navigation.Uri, StringComparison.Ordinal), ComponentHarness.Wait);
        page.WaitForAssertion(() => Assert.Equal([numbers[1]], Rows(page)), ComponentHarness.Wait);
    }

    private static void Choose(IElement radio)
    {
        var input = radio.TagName == "INPUT" ? radio : radio.QuerySelector("input") ?? throw new InvalidOperationException("No radio input.");
        input.Click();
    }
}

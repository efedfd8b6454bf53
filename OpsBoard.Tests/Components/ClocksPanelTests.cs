using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Components;

public sealed class ClocksPanelTests : IAsyncLifetime
{
    private const string Response = "[data-clock=response-1]";
    private const string Resolution = "[data-clock=resolution-1]";

    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Render_ShowsTimeLeftAndPersistedStateChip_WhenClockRunning()
    {
        // A P3 opened at 09:00 has two working hours to respond; at 10:10 it has used 70 minutes, past Watch (50%).
        var number = await OpenP3Async();
        harness.Clock.Advance(TimeSpan.FromMinutes(70));
        await SweepAsync();

        var panel = await RenderPanelAsync(number);

        Assert.Contains("Watch", panel.Find($"{Response} [data-testid=clock-state]").TextContent);
        Assert.Contains("50m 00s left", panel.Find($"{Response} [data-testid=clock-left]").TextContent);
        Assert.Equal("Response, Service Operations Centre: 58% of the target used",
            panel.Find($"{Response} [role=progressbar]").GetAttribute("aria-label"));
        Assert.Contains(Web.Components.Shared.LondonTime.Format(TestClock.MondayMorning.AddHours(2)), panel.Find($"{Response} [data-testid=clock-due]").TextContent);
        Assert.Contains("On track", panel.Find($"{Resolution} [data-testid=clock-state]").TextContent);
    }

    [Fact]
    public async Task Tick_CountsDownEachSecondButKeepsPersistedState_WhenTimeProviderAdvances()
    {
        var number = await OpenP3Async();
        harness.Clock.Advance(TimeSpan.FromMinutes(70));
        await SweepAsync();
        var panel = await RenderPanelAsync(number);

        harness.Clock.Advance(TimeSpan.FromSeconds(1));

        panel.WaitForAssertion(() => Assert.Contains("49m 59s left", panel.Find($"{Response} [data-testid=clock-left]").TextContent), ComponentHarness.Wait);

        // Past 75% of the target: the countdown moves on, the chip stays what the sweep stored until it runs again.
        harness.Clock.Advance(TimeSpan.FromMinutes(20));

        panel.WaitForAssertion(() => Assert.Contains("29m 59s left", panel.Find($"{Response} [data-testid=clock-left]").TextContent), ComponentHarness.Wait);
        Assert.Contains("Watch", panel.Find($"{Response} [data-testid=clock-state]").TextContent);
    }

    [Fact]
    public async Task Tick_ShowsBreachedBy_WhenRunningClockPassesItsTarget()
    {
        var number = await OpenP3Async();
        harness.Clock.Advance(TimeSpan.FromMinutes(119));
        var panel = await RenderPanelAsync(number);
        Assert.Contains("1m 00s left", panel.Find($"{Response} [data-testid=clock-left]").TextContent);

        harness.Clock.Advance(TimeSpan.FromSeconds(61));

        panel.WaitForAssertion(() => Assert.Contains("Breached by 1s", panel.Find($"{Response} [data-testid=clock-left]").TextContent), ComponentHarness.Wait);
    }

    [Fact]
    public async Task Explain_ListsPausedSpanWithReasonAndWho_WhenRecordWasPending()
    {
        var number = await OpenP3Async();
        await ActAsync(number, new RecordActionRequest { Action = RecordAction.Acknowledge });
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await ActAsync(number, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingCaller });
        harness.Clock.Advance(TimeSpan.FromMinutes(30));
        var panel = await RenderPanelAsync(number);
        Assert.Contains("Paused: awaiting caller", panel.Find($"{Resolution} [data-testid=clock-paused]").TextContent);

        panel.Find($"{Resolution} [data-testid=clock-explain]").Click();

        harness.Dialogs.WaitForAssertion(() => Assert.Equal(2, harness.Dialogs.FindAll("[data-testid=clock-span]").Count), ComponentHarness.Wait);
        var spans = harness.Dialogs.FindAll("[data-testid=clock-span]");
        Assert.Equal("InHours", spans[0].GetAttribute("data-kind"));
        Assert.Contains("10m", spans[0].TextContent);
        Assert.Equal("Paused", spans[1].GetAttribute("data-kind"));
        Assert.Contains($"Paused: awaiting caller, set by {ComponentHarness.ActorName}", spans[1].TextContent);
        Assert.Contains("not counted", spans[1].TextContent);
        Assert.Contains("Service Operations Centre", spans[1].TextContent);
        Assert.Contains("10m", harness.Dialogs.Find("[data-testid=clock-span-total]").TextContent);
        Assert.Contains("Why is it due then? Resolution, Service Operations Centre", harness.Dialogs.Markup);
    }

    [Fact]
    public void Render_SaysWhatWouldAppear_WhenRecordHasNoClocks()
    {
        var panel = harness.Context.Render<ClocksPanel>(p => p.Add(x => x.Clocks, new RecordClocksView("INC0000001", TestClock.MondayMorning, [])));

        Assert.Contains("no OLA clocks yet", panel.Find("[data-testid=clocks-empty]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=clock]"));
    }

    [Fact]
    public async Task RecordPage_ShowsResponseMet_AfterAcknowledge()
    {
        var number = await OpenP3Async();
        harness.Clock.Advance(TimeSpan.FromMinutes(25));
        var page = harness.Context.Render<RecordPage>(p => p.Add(x => x.Number, number));
        page.WaitForAssertion(() => Assert.Contains("1h 35m 00s left", page.Find($"{Response} [data-testid=clock-left]").TextContent), ComponentHarness.Wait);

        page.Find("[data-testid=action-acknowledge]").Click();

        page.WaitForAssertion(() => Assert.Contains("Met", page.Find($"{Response} [data-testid=clock-left]").TextContent), ComponentHarness.Wait);
        Assert.Contains("1h 35m to spare", page.Find($"{Response} [data-testid=clock-left]").TextContent);
    }

    [Fact]
    public async Task RecordPage_ShowsTheSweepsCrossing_WithoutReload()
    {
        // P3 response: 2 working hours, Watch at 50%.
        var number = await OpenP3Async();
        var page = harness.Context.Render<RecordPage>(p => p.Add(x => x.Number, number));
        page.WaitForAssertion(() => Assert.Contains("On track", page.Find($"{Response} [data-testid=clock-state]").TextContent), ComponentHarness.Wait);
        var history = page.FindAll("[data-testid=history-entry]").Count;

        harness.Clock.Advance(TimeSpan.FromHours(1));
        await SweepAsync();

        page.WaitForAssertion(() => Assert.Contains("Watch", page.Find($"{Response} [data-testid=clock-state]").TextContent), ComponentHarness.Wait);
        Assert.Equal(history + 1, page.FindAll("[data-testid=history-entry]").Count);
    }

    private async Task<string> OpenP3Async()
    {
        var catalogue = await harness.Context.Services.GetRequiredService<CmdbCatalogue>().GetAsync();
        var result = await harness.Context.Services.GetRequiredService<RecordingService>()
            .OpenAsync(RecordRequests.Incident(catalogue.Services[0]), ComponentHarness.ActorName);
        Assert.True(result.Succeeded, result.Message);
        return result.Number!;
    }

    private async Task ActAsync(string number, RecordActionRequest request)
    {
        var result = await harness.Context.Services.GetRequiredService<RecordActionService>().ActAsync(number, request, ComponentHarness.ActorName);
        Assert.True(result.Succeeded, result.Message);
    }

    private Task SweepAsync() =>
        new OlaSweepJob(harness.Database.Factory, harness.Context.Services.GetRequiredService<OlaPolicyStore>(), harness.Context.Services.GetRequiredService<ChangeFeed>(), harness.Clock, NullLogger<OlaSweepJob>.Instance)
            .RunAsync();

    private async Task<IRenderedComponent<ClocksPanel>> RenderPanelAsync(string number)
    {
        var view = await harness.Context.Services.GetRequiredService<ClockReader>().GetAsync(number, Viewers.Admin);
        var panel = harness.Context.Render<ClocksPanel>(p => p.Add(x => x.Clocks, view));
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=clock]")), ComponentHarness.Wait);
        return panel;
    }
}

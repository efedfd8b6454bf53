using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Ola;

public sealed class OlaSweepJobTests
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    private OlaSweepJob Sweep(TestDatabase database) =>
        new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock, NullLogger<OlaSweepJob>.Instance);

    /// <summary>Opens a P1 incident (15-minute response, 4-hour resolution, 24x7) held by the SOC.</summary>
    private async Task<string> OpenP1Async(TestDatabase database)
    {
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var request = RecordRequests.Incident(catalogue.Services[0]) with { Impact = Impact.High, Urgency = Urgency.High };
        var result = await new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock).OpenAsync(request, "SOC analyst");
        Assert.True(result.Succeeded, result.Message);
        return result.Number!;
    }

    private static async Task<OlaTarget> ResponseClockAsync(TestDatabase database, string number)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.OlaTargets.AsNoTracking().Include(t => t.Pauses)
            .SingleAsync(t => t.Kind == OlaTargetKind.Response && db.Records.Any(r => r.Id == t.RecordId && r.Number == number));
    }

    private static async Task<List<JeopardyAlert>> AlertsAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.JeopardyAlerts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task RunAsync_StoresEachCrossing_AndRaisesOneAlertForJeopardyAndOneForBreach()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var number = await OpenP1Async(database);
        var sweep = Sweep(database);
        var published = new List<OpsBoard.Web.Features.Live.BoardEvent>();
        using var subscription = database.Feed.Subscribe(events => { lock (published) published.AddRange(events); });

        var seen = new List<JeopardyState>();
        foreach (var minutes in new[] { 7, 8, 11, 12, 14, 15, 16 })
        {
            clock.SetUtcNow(TestClock.MondayMorning.AddMinutes(minutes));
            await sweep.RunAsync();
            await sweep.RunAsync();
            seen.Add((await ResponseClockAsync(database, number)).State);
        }

        Assert.Equal(
            [JeopardyState.OnTrack, JeopardyState.Watch, JeopardyState.Watch, JeopardyState.Jeopardy, JeopardyState.Jeopardy, JeopardyState.Breached, JeopardyState.Breached],
            seen);
        var alerts = await AlertsAsync(database);
        Assert.Equal([(OlaTargetKind.Response, JeopardyState.Jeopardy), (OlaTargetKind.Response, JeopardyState.Breached)],
            alerts.Select(a => (a.Kind, a.State)).ToList());
        Assert.Equal(TestClock.MondayMorning.AddMinutes(15), (await ResponseClockAsync(database, number)).BreachedAt);
        // Each committed crossing is published once, after its commit, with the alert it raised.
        Assert.Equal(
            [("ClockStateChanged", JeopardyState.Watch), ("ClockStateChanged", JeopardyState.Jeopardy), ("AlertRaised", JeopardyState.Jeopardy),
                ("ClockStateChanged", JeopardyState.Breached), ("AlertRaised", JeopardyState.Breached)],
            published.Where(e => e.Clock == OlaTargetKind.Response).Select(e => (e.Type.ToString(), e.State!.Value)).ToList());
        Assert.All(published, e => Assert.Equal(number, e.Number));
    }

    [Fact]
    public async Task RunAsync_RaisesExactlyOneAlert_WhenTwoRunsOverlap()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++) numbers.Add(await OpenP1Async(database));
        clock.SetUtcNow(TestClock.MondayMorning.AddMinutes(12));

        var published = new List<OpsBoard.Web.Features.Live.BoardEvent>();
        using var subscription = database.Feed.Subscribe(events => { lock (published) published.AddRange(events); });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Sweep(database).RunAsync())));
        await Sweep(database).RunAsync();

        var alerts = await AlertsAsync(database);
        Assert.Equal(5, alerts.Count);
        Assert.All(alerts, a => Assert.Equal(JeopardyState.Jeopardy, a.State));
        Assert.Equal(5, alerts.Select(a => a.RecordId).Distinct().Count());
        // A rolled-back run publishes nothing: one AlertRaised per record.
        Assert.Equal(numbers.Order(), published.Where(e => e.Type == OpsBoard.Web.Features.Live.BoardEventType.AlertRaised).Select(e => e.Number).Order());
    }

    [Fact]
    public async Task PauseAndResume_MoveNextTransition()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var number = await OpenP1Async(database);
        var actions = new RecordActionService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.Acknowledge }, "SOC analyst");
        var resolution = await ResolutionClockAsync(database, number);
        Assert.Equal(TestClock.MondayMorning.AddHours(2), resolution.NextTransitionAt);

        clock.Advance(TimeSpan.FromMinutes(30));
        await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingCaller }, "SOC analyst");
        Assert.Null((await ResolutionClockAsync(database, number)).NextTransitionAt);

        clock.Advance(TimeSpan.FromMinutes(45));
        await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.Resume }, "SOC analyst");
        Assert.Equal(TestClock.MondayMorning.AddHours(2).AddMinutes(45), (await ResolutionClockAsync(database, number)).NextTransitionAt);

        // The sweep reads the clock with its pause: Watch at 50% comes 45 minutes late, and Jeopardy at 75% too.
        clock.Advance(TimeSpan.FromMinutes(90));
        await Sweep(database).RunAsync();
        var swept = await ResolutionClockAsync(database, number);
        Assert.Equal(JeopardyState.Watch, swept.State);
        Assert.Equal(TestClock.MondayMorning.AddHours(3).AddMinutes(45), swept.NextTransitionAt);
    }

    [Fact]
    public async Task RunAsync_TouchesNothing_WhenNothingIsDue()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 60);
        await using var before = await database.Factory.CreateDbContextAsync();
        var history = await before.History.CountAsync();
        var versions = await before.OlaTargets.SumAsync(t => t.Version);

        var result = await Sweep(database).RunAsync();

        Assert.Equal(new SweepResult(0, 0, 0), result);
        await using var after = await database.Factory.CreateDbContextAsync();
        Assert.Equal(history, await after.History.CountAsync());
        Assert.Equal(versions, await after.OlaTargets.SumAsync(t => t.Version));
    }

    private static async Task<OlaTarget> ResolutionClockAsync(TestDatabase database, string number)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.OlaTargets.AsNoTracking()
            .SingleAsync(t => t.Kind == OlaTargetKind.Resolution && t.StoppedAt == null && db.Records.Any(r => r.Id == t.RecordId && r.Number == number));
    }
}

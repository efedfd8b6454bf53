using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Escalation;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Escalation;

/// <summary>Ping-pong over a real SQLite file: reassignments through the record actions raise one alert, listed and acknowledged like a clock's.</summary>
public sealed class PingPongAlertTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private readonly List<BoardEvent> published = [];
    private TestDatabase database = default!;
    private CatalogueView catalogue = default!;
    private IDisposable? subscription;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        subscription = database.Feed.Subscribe(published.AddRange);
    }

    public async Task DisposeAsync()
    {
        subscription?.Dispose();
        await database.DisposeAsync();
    }

    private RecordActionService Records(int passes = 3) =>
        new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock, EscalationOptions.Default with { PingPongPasses = passes });

    private AlertReader Reader => new(database.Factory, new OlaPolicyStore(database.Factory), clock);

    /// <summary>A P4 incident (no clock alerts within the test's minutes) on a service with a service manager, held by the SOC.</summary>
    private async Task<(string Number, ServiceOption Service)> OpenAsync()
    {
        var service = catalogue.Services[0];
        var recording = new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        var result = await recording.OpenAsync(RecordRequests.Incident(service) with { Impact = Impact.Low, Urgency = Urgency.Medium }, "SOC analyst");
        Assert.True(result.Succeeded, result.Message);
        return (result.Number!, service);
    }

    private async Task PassAsync(RecordActionService records, string number, int groupId)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        var result = await records.ActAsync(number, new RecordActionRequest { Action = RecordAction.Assign, GroupId = groupId }, "Resolver");
        Assert.True(result.Succeeded, result.Message);
    }

    private async Task<List<JeopardyAlert>> AlertsAsync(string number)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.JeopardyAlerts.Where(a => a.Record!.Number == number).ToListAsync();
    }

    [Fact]
    public async Task Reassigning_RaisesOnePingPongAlert_WhenThePassesFirstExceedTheLimit_ListedForTheServiceManager()
    {
        var (number, service) = await OpenAsync();
        var (a, b) = (catalogue.Groups.First(g => g.Line == 2).Id, catalogue.Groups.First(g => g.Line == 3).Id);
        var records = Records();
        foreach (var group in new[] { a, b, a }) await PassAsync(records, number, group);
        Assert.Empty(await AlertsAsync(number));

        await PassAsync(records, number, b);
        var raisedAt = clock.GetUtcNow();
        await PassAsync(records, number, a);
        await PassAsync(records, number, b);

        var alert = Assert.Single(await AlertsAsync(number));
        Assert.Equal((AlertReason.PingPong, 4, raisedAt), (alert.Reason, alert.Passes!.Value, alert.RaisedAt));
        Assert.Single(published, e => e.Type == BoardEventType.AlertRaised && e.Number == number);
        var names = new[] { catalogue.Groups.Single(g => g.Line == 1).Name }.Concat(new[] { a, b, a, b }.Select(id => catalogue.Groups.Single(g => g.Id == id).Name));
        var listed = Assert.Single((await Reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
        Assert.Equal((number, true, service.Name), (listed.Number, listed.IsPingPong, listed.Service));
        Assert.Equal($"Passed between groups 4 times: {string.Join(" -> ", names)}", AlertWords.PingPong(listed));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(await db.Services.Where(s => s.Id == service.Id).Select(s => s.ServiceManager!.Name).SingleAsync(), listed.ServiceManager);
        Assert.Equal(1, await db.History.CountAsync(h => h.Field == Record.PingPongField && db.Records.Any(r => r.Id == h.RecordId && r.Number == number)));
    }

    [Fact]
    public async Task Reassigning_RaisesNothing_UpToTheLimit()
    {
        var (number, _) = await OpenAsync();
        var records = Records(passes: 5);
        foreach (var group in new[] { 2, 3, 2, 3, 2 }) await PassAsync(records, number, catalogue.Groups.First(g => g.Line == group).Id);

        Assert.Empty(await AlertsAsync(number));
        Assert.DoesNotContain(published, e => e.Type == BoardEventType.AlertRaised);
    }

    [Fact]
    public async Task APingPongAlert_IsAcknowledgedWithANote_AndRefusesAChase()
    {
        var (number, _) = await OpenAsync();
        var records = Records(passes: 1);
        await PassAsync(records, number, catalogue.Groups.First(g => g.Line == 2).Id);
        await PassAsync(records, number, catalogue.Groups.First(g => g.Line == 3).Id);
        var alert = Assert.Single(await AlertsAsync(number));
        var actions = new AlertActionService(database.Factory, records);

        var chase = await actions.ActAsync(alert.Id, new AlertActionRequest { Response = AlertResponse.Chase, Note = "Chased" }, "Duty manager");
        var escalated = await actions.ActAsync(alert.Id, new AlertActionRequest { Response = AlertResponse.EscalateToServiceManager, Note = "Owner agreed: 3rd line keeps it." }, "Duty manager");

        Assert.False(chase.Succeeded);
        Assert.Contains("ping-pong", chase.Message);
        Assert.True(escalated.Succeeded, escalated.Message);
        var acknowledged = Assert.Single(await AlertsAsync(number));
        Assert.Equal("Escalated to the service manager: Owner agreed: 3rd line keeps it.", acknowledged.AcknowledgementNote);
        Assert.Empty((await Reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
    }
}

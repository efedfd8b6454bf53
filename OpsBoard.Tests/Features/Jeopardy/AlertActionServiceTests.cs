using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Jeopardy;

/// <summary>Each response to an alert over a real SQLite file: written into the history, acknowledging the alert once, published after commit.</summary>
public sealed class AlertActionServiceTests : IAsyncLifetime
{
    private const string Manager = "Duty service manager";
    private const string Note = "Called the resolver; they are on it now.";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private readonly List<BoardEvent> published = [];
    private TestDatabase database = default!;
    private IDisposable? subscription;
    private CatalogueView catalogue = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
    }

    public async Task DisposeAsync()
    {
        subscription?.Dispose();
        await database.DisposeAsync();
    }

    private RecordingService Recording => new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);

    private RecordActionService Records => new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);

    private AlertActionService Alerts => new(database.Factory, Records);

    private AlertReader Reader => new(database.Factory, new OlaPolicyStore(database.Factory), clock);

    private GroupOption Soc => catalogue.Groups.Single(g => g.Line == 1);

    /// <summary>A P1 in jeopardy (held by the SOC unless said), its one open alert, and the feed watched from then on.</summary>
    private async Task<(string Number, long AlertId)> AlertAsync(int? groupId = null)
    {
        var number = await AlertSeed.OpenP1Async(Recording, catalogue.Services[0], groupId);
        clock.Advance(AlertSeed.IntoJeopardy);
        Assert.Equal(1, (await AlertSeed.SweepAsync(database, database.Feed, clock)).Alerts);
        var alert = Assert.Single((await Reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
        Assert.Equal(number, alert.Number);
        subscription = database.Feed.Subscribe(events => { lock (published) published.AddRange(events); });
        clock.Advance(TimeSpan.FromMinutes(1));
        return (number, alert.Id);
    }

    private async Task<(List<(string Field, string? Old, string? New, string By)> History, JeopardyAlert Alert, Record Record)> StoredAsync(string number, long alertId)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var record = await db.Records.AsNoTracking().Include(r => r.History).Include(r => r.AssignmentGroup).SingleAsync(r => r.Number == number);
        var alert = await db.JeopardyAlerts.AsNoTracking().SingleAsync(a => a.Id == alertId);
        return ([.. record.History.OrderBy(h => h.Id).Select(h => (h.Field, h.OldValue, h.NewValue, h.By))], alert, record);
    }

    private void AssertAcknowledgedOnce(string number)
    {
        lock (published)
        {
            var acknowledged = Assert.Single(published, e => e.Type == BoardEventType.AlertAcknowledged);
            Assert.Equal((number, JeopardyState.Jeopardy, OlaTargetKind.Response), (acknowledged.Number, acknowledged.State, acknowledged.Clock));
            Assert.Equal(clock.GetUtcNow(), acknowledged.At);
            Assert.Contains(published, e => e.Type == BoardEventType.RecordChanged && e.Number == number);
        }
    }

    [Fact]
    public async Task Acknowledge_WritesTheNoteIntoHistory_ClosesTheAlert_AndPublishesOnce()
    {
        var (number, alertId) = await AlertAsync();

        var result = await Alerts.ActAsync(alertId, new AlertActionRequest { Note = Note }, Manager);

        Assert.True(result.Succeeded, result.Message);
        var (history, alert, record) = await StoredAsync(number, alertId);
        Assert.Equal((Record.AlertField, "Response clock: Jeopardy", $"Acknowledged: {Note}", Manager), history[^1]);
        Assert.Equal((clock.GetUtcNow(), Manager, $"Acknowledged: {Note}"), (alert.AcknowledgedAt!.Value, alert.AcknowledgedBy, alert.AcknowledgementNote));
        Assert.Equal(Status.New, record.Status);
        Assert.Empty((await Reader.GetAsync(BoardFilter.Everything, Viewers.Admin)).Alerts);
        AssertAcknowledgedOnce(number);
    }

    [Theory]
    [InlineData(AlertResponse.Acknowledge)]
    [InlineData(AlertResponse.Reassign)]
    [InlineData(AlertResponse.Escalate)]
    [InlineData(AlertResponse.EscalateToServiceManager)]
    [InlineData(AlertResponse.Chase)]
    public async Task EveryResponse_NeedsANote_AndChangesNothingWithout(AlertResponse response)
    {
        var (number, alertId) = await AlertAsync();
        var before = await StoredAsync(number, alertId);

        var result = await Alerts.ActAsync(alertId, new AlertActionRequest { Response = response, Note = "  ", GroupId = catalogue.Services[0].SecondLineGroupId }, Manager);

        Assert.Equal(ChangeFailure.Invalid, result.Failure);
        Assert.StartsWith("Enter a note of the action taken", result.Problems["note"]);
        var after = await StoredAsync(number, alertId);
        Assert.Equal(before.History, after.History);
        Assert.True(after.Alert.IsOpen);
        Assert.Empty(published);
    }

    [Fact]
    public async Task SecondAcknowledge_IsRefusedNamingWhoAcknowledged_AndChangesNothing()
    {
        var (number, alertId) = await AlertAsync();
        Assert.True((await Alerts.ActAsync(alertId, new AlertActionRequest { Note = Note }, Manager)).Succeeded);
        var before = await StoredAsync(number, alertId);

        var again = await Alerts.ActAsync(alertId, new AlertActionRequest { Response = AlertResponse.Chase, Note = "Chasing too" }, "Another manager");

        Assert.Equal(ChangeFailure.Refused, again.Failure);
        Assert.Equal($"This alert was already acknowledged by {Manager}.", again.Problems["alert"]);
        var after = await StoredAsync(number, alertId);
        Assert.Equal(before.History, after.History);
        Assert.Equal((before.Alert.AcknowledgedAt, before.Alert.AcknowledgementNote), (after.Alert.AcknowledgedAt, after.Alert.AcknowledgementNote));
        AssertAcknowledgedOnce(number);
    }

    [Fact]
    public async Task Reassign_UsesTheAssignAction_AndAcknowledges()
    {
        var (number, alertId) = await AlertAsync();
        var secondLine = catalogue.Groups.Single(g => g.Id == catalogue.Services[0].SecondLineGroupId);
        var person = secondLine.Members[0];

        var result = await Alerts.ActAsync(alertId,
            new AlertActionRequest { Response = AlertResponse.Reassign, Note = Note, GroupId = secondLine.Id, AssigneeId = person.Id }, Manager);

        Assert.True(result.Succeeded, result.Message);
        var (history, alert, record) = await StoredAsync(number, alertId);
        Assert.Equal((secondLine.Name, person.Id, Status.Assigned), (record.AssignmentGroup!.Name, record.AssigneeId, record.Status));
        Assert.Contains(("Assignment group", Soc.Name, secondLine.Name, Manager), history);
        Assert.Equal((Record.AlertField, $"Reassigned: {Note}"), (history[^1].Field, history[^1].New));
        Assert.False(alert.IsOpen);
        AssertAcknowledgedOnce(number);
    }

    [Fact]
    public async Task Escalate_PassesToTheNextLine_OrIsRefusedChangingNothing()
    {
        var (number, alertId) = await AlertAsync();
        var thirdLine = catalogue.Groups.First(g => g.Line == 3);
        var before = await StoredAsync(number, alertId);

        var wrongLine = await Alerts.ActAsync(alertId, new AlertActionRequest { Response = AlertResponse.Escalate, Note = Note, GroupId = thirdLine.Id }, Manager);

        Assert.Equal(ChangeFailure.Refused, wrongLine.Failure);
        Assert.Contains("escalating a line 1 record goes to a line 2 group", wrongLine.Message);
        Assert.Equal(before.History, (await StoredAsync(number, alertId)).History);
        Assert.Empty(published);

        var secondLine = catalogue.Services[0].SecondLineGroupId!.Value;
        var result = await Alerts.ActAsync(alertId, new AlertActionRequest { Response = AlertResponse.Escalate, Note = Note, GroupId = secondLine }, Manager);

        Assert.True(result.Succeeded, result.Message);
        var (history, alert, record) = await StoredAsync(number, alertId);
        Assert.Equal((secondLine, 2), (record.AssignmentGroupId, record.SupportLine));
        Assert.Contains(("Functional escalation", "line 1", "line 2", Manager), history);
        Assert.Equal($"Escalated to the next support line: {Note}", alert.AcknowledgementNote);
        AssertAcknowledgedOnce(number);
    }

    [Fact]
    public async Task EscalateToServiceManager_NamesTheServicesManager()
    {
        var (number, alertId) = await AlertAsync();
        string manager;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            manager = await db.Services.Where(s => s.Id == catalogue.Services[0].Id).Select(s => s.ServiceManager!.Name).SingleAsync();
        }

        var result = await Alerts.ActAsync(alertId, new AlertActionRequest { Response = AlertResponse.EscalateToServiceManager, Note = Note }, Manager);

        Assert.True(result.Succeeded, result.Message);
        var (history, _, record) = await StoredAsync(number, alertId);
        Assert.Contains(("Hierarchical escalation", null, $"{manager}, service manager of {catalogue.Services[0].Name}", Manager), history);
        Assert.Equal(Soc.Name, record.AssignmentGroup!.Name);
        AssertAcknowledgedOnce(number);
    }

    [Fact]
    public async Task Chase_NamesTheHolder()
    {
        var (number, alertId) = await AlertAsync();

        var result = await Alerts.ActAsync(alertId, new AlertActionRequest { Response = AlertResponse.Chase, Note = Note }, Manager);

        Assert.True(result.Succeeded, result.Message);
        var (history, alert, _) = await StoredAsync(number, alertId);
        Assert.Equal(("Chased", null, Soc.Name, Manager), history[^2]);
        Assert.Equal($"Chased: {Note}", alert.AcknowledgementNote);
        AssertAcknowledgedOnce(number);
    }

    [Fact]
    public async Task Act_IsNotFound_ForAnUnknownAlert()
    {
        var result = await Alerts.ActAsync(424242, new AlertActionRequest { Note = Note }, Manager);

        Assert.Equal(ChangeFailure.NotFound, result.Failure);
        Assert.Contains("no jeopardy alert 424242", result.Message);
    }
}

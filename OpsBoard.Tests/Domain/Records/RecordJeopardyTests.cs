using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

/// <summary>A service manager's responses to a jeopardy alert: each acknowledges the alert with its note and is in the history; a refusal changes nothing.</summary>
public sealed class RecordJeopardyTests
{
    private const string Manager = "Ruth Okafor";
    private const string Note = "Spoke to the supplier; fix due by 11:00.";

    private readonly TestCmdb cmdb = new();

    /// <summary>A record held by <paramref name="holder"/> (the SOC unless said) with an open alert on its response clock.</summary>
    private (Record Record, JeopardyAlert Alert) WithAlert(SupportGroup? holder = null, Service? service = null)
    {
        var details = cmdb.Details() with { Service = service ?? cmdb.Service };
        var record = Record.Open(details, "INC0000001", PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);
        if (holder is not null) Assert.True(record.AssignTo(holder, null, TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        RecordClocks.Reconcile(record, OlaPolicyBook.Default, TestCmdb.Analyst, cmdb.Now);
        var clock = record.Clocks.Last(c => c.Kind == OlaTargetKind.Response);
        return (record, new JeopardyAlert(record, clock, cmdb.Tick()));
    }

    private static (int History, string? Group, Status Status, DateTimeOffset Updated) Snapshot(Record record) =>
        (record.History.Count, record.AssignmentGroup?.Name, record.Status, record.UpdatedAt);

    [Fact]
    public void AcknowledgeAlert_WritesTheNoteIntoHistory_AndClosesTheAlert()
    {
        var (record, alert) = WithAlert();
        var at = cmdb.Tick();

        var outcome = record.AcknowledgeAlert(alert, AlertResponse.Acknowledge, $"  {Note} ", Manager, at);

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.False(alert.IsOpen);
        Assert.Equal((at, Manager, $"Acknowledged: {Note}"), (alert.AcknowledgedAt!.Value, alert.AcknowledgedBy, alert.AcknowledgementNote));
        var entry = record.History[^1];
        Assert.Equal((Record.AlertField, "Response clock: OnTrack", $"Acknowledged: {Note}", Manager, at),
            (entry.Field, entry.OldValue, entry.NewValue, entry.By, entry.At));
        Assert.Equal(Status.New, record.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EveryResponse_IsRefusedAndChangesNothing_WithoutANote(string? note)
    {
        var (record, alert) = WithAlert(cmdb.SecondLine);
        var before = Snapshot(record);

        Outcome[] outcomes =
        [
            record.AcknowledgeAlert(alert, AlertResponse.Acknowledge, note, Manager, cmdb.Tick()),
            record.Escalate(alert, cmdb.ThirdLine, note, Manager, cmdb.Tick()),
            record.Chase(alert, note, Manager, cmdb.Tick()),
        ];

        Assert.All(outcomes, o => Assert.Equal("note", o.Field));
        Assert.All(outcomes, o => Assert.StartsWith("Say what was done", o.Reason));
        Assert.Equal(before, Snapshot(record));
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void AcknowledgeAlert_IsRefusedNamingWhoDidIt_WhenAlreadyAcknowledged()
    {
        var (record, alert) = WithAlert(cmdb.SecondLine);
        Assert.True(record.AcknowledgeAlert(alert, AlertResponse.Acknowledge, Note, Manager, cmdb.Tick()).Succeeded);
        var before = Snapshot(record);
        var acknowledged = (alert.AcknowledgedAt, alert.AcknowledgedBy, alert.AcknowledgementNote);

        var again = record.Escalate(alert, cmdb.ThirdLine, "Escalating as well", "Someone else", cmdb.Tick());

        Assert.Equal(("alert", $"This alert was already acknowledged by {Manager}."), (again.Field, again.Reason));
        Assert.Equal(before, Snapshot(record));
        Assert.Equal(acknowledged, (alert.AcknowledgedAt, alert.AcknowledgedBy, alert.AcknowledgementNote));
    }

    [Fact]
    public void Escalate_PassesToTheNextLine_AndSaysSoInHistory()
    {
        var (record, alert) = WithAlert(cmdb.SecondLine);
        var before = record.History.Count;

        var outcome = record.Escalate(alert, cmdb.ThirdLine, Note, Manager, cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal((cmdb.ThirdLine.Name, 3, Status.Assigned), (record.AssignmentGroup!.Name, record.SupportLine, record.Status));
        var written = record.History.Skip(before).Select(h => (h.Field, h.OldValue, h.NewValue)).ToList();
        Assert.Contains(("Assignment group", cmdb.SecondLine.Name, cmdb.ThirdLine.Name), written);
        Assert.Contains(("Functional escalation", "line 2", "line 3"), written);
        Assert.Equal((Record.AlertField, $"Escalated to the next support line: {Note}"), (written[^1].Field, written[^1].NewValue));
        Assert.False(alert.IsOpen);
    }

    [Fact]
    public void Escalate_IsRefused_WhenTheGroupIsNotOfTheNextLine()
    {
        var (record, alert) = WithAlert();
        var before = Snapshot(record);

        var outcome = record.Escalate(alert, cmdb.ThirdLine, Note, Manager, cmdb.Tick());

        Assert.Equal(("group", "3rd line Platform is line 3; escalating a line 1 record goes to a line 2 group."), (outcome.Field, outcome.Reason));
        Assert.Equal(before, Snapshot(record));
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void Escalate_IsRefused_WhenAlreadyWithThirdLine()
    {
        var (record, alert) = WithAlert(cmdb.ThirdLine);

        var outcome = record.Escalate(alert, new SupportGroup("Another 3rd line", 3), Note, Manager, cmdb.Tick());

        Assert.Contains("last support line; escalate it to the service manager instead", outcome.Reason);
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void EscalateToServiceManager_NamesThemInHistory()
    {
        var managed = new Service("Spine Messaging Service", "Messaging", new Person(Manager, "ruth@example.org", "Service manager"), cmdb.SecondLine);
        var (record, alert) = WithAlert(cmdb.SecondLine, managed);
        var before = Snapshot(record);

        var outcome = record.EscalateToServiceManager(alert, Note, "Duty manager", cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        var written = record.History.Skip(before.History).Select(h => (h.Field, h.NewValue)).ToList();
        Assert.Equal(
            [("Hierarchical escalation", $"{Manager}, service manager of Spine Messaging Service"), (Record.AlertField, $"Escalated to the service manager: {Note}")],
            written);
        Assert.Equal((cmdb.SecondLine.Name, Status.Assigned), (record.AssignmentGroup!.Name, record.Status));
    }

    [Fact]
    public void EscalateToServiceManager_IsRefused_WhenTheServiceHasNone()
    {
        var (record, alert) = WithAlert(cmdb.SecondLine);
        var before = Snapshot(record);

        var outcome = record.EscalateToServiceManager(alert, Note, Manager, cmdb.Tick());

        Assert.Equal("serviceManager", outcome.Field);
        Assert.Contains("has no service manager", outcome.Reason);
        Assert.Equal(before, Snapshot(record));
        Assert.True(alert.IsOpen);
    }

    [Fact]
    public void Chase_NamesWhoIsChased()
    {
        var (record, alert) = WithAlert();
        Assert.True(record.AssignTo(cmdb.SecondLine, cmdb.Resolver, TestCmdb.Analyst, cmdb.Tick()).Succeeded);

        var outcome = record.Chase(alert, Note, Manager, cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal(("Chased", "Oliver Green in 2nd line Spine"), (record.History[^2].Field, record.History[^2].NewValue));
        Assert.Equal($"Chased: {Note}", alert.AcknowledgementNote);
    }

    [Fact]
    public void Chase_IsRefused_WhenTheRecordIsResolved_ButAcknowledgeStillWorks()
    {
        var (record, alert) = WithAlert(cmdb.SecondLine);
        Assert.True(record.Acknowledge(cmdb.Resolver.Name, cmdb.Tick()).Succeeded);
        Assert.True(record.Resolve(ResolutionCode.Fixed, "Restarted the handler.", cmdb.Resolver.Name, cmdb.Tick()).Succeeded);

        var chase = record.Chase(alert, Note, Manager, cmdb.Tick());
        var acknowledge = record.AcknowledgeAlert(alert, AlertResponse.Acknowledge, "Resolved meanwhile.", Manager, cmdb.Tick());

        Assert.Equal("status", chase.Field);
        Assert.True(acknowledge.Succeeded, acknowledge.Reason);
    }

    [Fact]
    public void AcknowledgeAlert_IsRefused_ForAnotherRecordsAlert()
    {
        var (record, _) = WithAlert();
        var (_, other) = WithAlert();

        var outcome = record.AcknowledgeAlert(other, AlertResponse.Acknowledge, Note, Manager, cmdb.Tick());

        Assert.Equal("alert", outcome.Field);
        Assert.True(other.IsOpen);
    }
}

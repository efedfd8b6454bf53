using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Escalation;

/// <summary>Ping-pong: passes between groups counted from the history, and the alert raised once when they first exceed the limit.</summary>
public sealed class PingPongTests
{
    private const string Manager = "Ruth Okafor";
    private readonly TestCmdb cmdb = new();

    /// <summary>A record opened by the SOC and assigned along <paramref name="hops"/> ("2" the 2nd line group, "3" the 3rd, "1" back to the SOC).</summary>
    private Record Walk(string hops)
    {
        var record = cmdb.Open();
        foreach (var hop in hops)
        {
            SupportGroup group = hop switch { '1' => cmdb.Soc, '2' => cmdb.SecondLine, _ => cmdb.ThirdLine };
            Assert.True(record.AssignTo(group, null, TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        }
        return record;
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("2", 1)]
    [InlineData("23", 2)]
    [InlineData("232", 3)]
    [InlineData("2323", 4)]
    [InlineData("21", 2)]
    public void Passes_CountsEachChangeOfGroup_IncludingTheSocsFirstHandOff(string hops, int passes)
    {
        var record = Walk(hops);

        Assert.Equal(passes, PingPong.Passes(PingPong.Route(record.History)));
    }

    [Fact]
    public void Passes_DoNotCount_ANewAssigneeInTheSameGroup()
    {
        var record = Walk("2");
        Assert.True(record.AssignTo(cmdb.SecondLine, cmdb.Resolver, TestCmdb.Analyst, cmdb.Tick()).Succeeded);

        Assert.Equal(1, PingPong.Passes(PingPong.Route(record.History)));
    }

    [Fact]
    public void Route_StartsWithTheGroupTheRecordWasOpenedWith()
    {
        var record = Walk("2323");

        Assert.Equal("Service Operations Centre -> 2nd line Spine -> 3rd line Platform -> 2nd line Spine -> 3rd line Platform", PingPong.Join(PingPong.Route(record.History)));
    }

    [Theory]
    [InlineData("232", 3, false)]
    [InlineData("2323", 3, true)]
    [InlineData("23232", 3, true)]
    [InlineData("23", 1, true)]
    [InlineData("2", 1, false)]
    public void Raises_OnlyWhenThePassesExceedTheLimit(string hops, int allowed, bool raises)
    {
        Assert.Equal(raises, PingPong.Raises(PingPong.Route(Walk(hops).History), allowed, alreadyRaised: false));
    }

    [Fact]
    public void Raises_NotAgain_OnceTheRecordHasRaisedOne()
    {
        Assert.False(PingPong.Raises(PingPong.Route(Walk("232323").History), 3, alreadyRaised: true));
    }

    [Fact]
    public void RaisePingPong_RaisesAnAlertWithoutAClock_AndWritesItIntoTheHistory_NamingTheServiceManager()
    {
        var record = Walk("2323");
        var at = cmdb.Tick();

        var alert = record.RaisePingPong([], 3, alreadyRaised: false, Manager, "Jo Bloggs", at);

        Assert.NotNull(alert);
        Assert.Equal((AlertReason.PingPong, (long?)null, (JeopardyState?)null, 4, at), (alert.Reason, alert.OlaTargetId, alert.State, alert.Passes!.Value, alert.RaisedAt));
        Assert.Equal("Passed between groups 4 times: Service Operations Centre -> 2nd line Spine -> 3rd line Platform -> 2nd line Spine -> 3rd line Platform", alert.Subject);
        var entry = record.History[^1];
        Assert.Equal((Record.PingPongField, "Jo Bloggs", at), (entry.Field, entry.By, entry.At));
        Assert.Equal($"{alert.Subject}; alert for {Manager}, service manager", entry.NewValue);
    }

    [Fact]
    public void RaisePingPong_CountsStoredHistory_WithTheChangeBeingMade()
    {
        // Three passes stored; the fourth is the change being made, which the record holds and the store does not yet.
        var record = Walk("232");
        var stored = record.History.ToList();
        Assert.Null(record.RaisePingPong(stored, 3, false, Manager, "Jo", cmdb.Tick()));
        Assert.True(record.AssignTo(cmdb.ThirdLine, null, TestCmdb.Analyst, cmdb.Tick()).Succeeded);

        var alert = record.RaisePingPong(stored, 3, false, Manager, "Jo", cmdb.Tick());

        Assert.Equal(4, alert?.Passes);
    }

    [Fact]
    public void APingPongAlert_OffersAcknowledgeAssignAndTheServiceManager_AndRefusesTheRest()
    {
        var alert = Walk("2323").RaisePingPong([], 3, false, Manager, "Jo", cmdb.Tick())!;

        Assert.Equal([AlertResponse.Acknowledge, AlertResponse.Reassign, AlertResponse.EscalateToServiceManager], alert.Responses);
        Assert.False(alert.CanRespond(AlertResponse.Chase).Succeeded);
        Assert.False(alert.CanRespond(AlertResponse.Escalate).Succeeded);
        Assert.True(alert.CanRespond(AlertResponse.EscalateToServiceManager).Succeeded);
    }

    [Fact]
    public void AcknowledgeAlert_OnAPingPongAlert_WritesItsSubjectAndTheNote()
    {
        var record = Walk("2323");
        var alert = record.RaisePingPong([], 3, false, Manager, "Jo", cmdb.Tick())!;

        var outcome = record.AcknowledgeAlert(alert, AlertResponse.Acknowledge, "Told both leads to agree an owner.", Manager, cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.False(alert.IsOpen);
        var entry = record.History[^1];
        Assert.Equal((Record.AlertField, alert.Subject, "Acknowledged: Told both leads to agree an owner."), (entry.Field, entry.OldValue, entry.NewValue));
    }
}

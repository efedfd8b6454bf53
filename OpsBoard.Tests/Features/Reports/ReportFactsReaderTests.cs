using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Features.Reports;

/// <summary>The facts and figures of records made through the real services and sweep (<see cref="ReportScenario"/>).</summary>
public sealed class ReportFactsReaderTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    private Task<ReportFacts> ReadAsync(ReportRequest request, string role = Roles.Admin) =>
        scenario.Reader().ReadAsync(request, Viewers.Of(role));

    [Fact]
    public async Task Records_CarryTheirHistoryAsTheDecisionDefinesIt()
    {
        var facts = await ReadAsync(scenario.Today());
        var by = facts.Records.ToDictionary(r => r.Number);

        Assert.Equal([scenario.A, scenario.B, scenario.C, scenario.D, scenario.E], facts.Records.Select(r => r.Number));
        var a = by[scenario.A];
        Assert.Equal((scenario.SecondLine, Priority.P1, 0, 1, false, false), (a.GroupId, a.Priority, a.ReassignmentCount, a.ReopenCount, a.OnlySoc, a.OpenAtTo));
        Assert.Equal(scenario.Start.AddMinutes(70), a.ResolvedAt);
        Assert.Equal((false, true, null), (by[scenario.B].OnlySoc, by[scenario.B].OpenAtTo, by[scenario.B].ResolvedAt));
        Assert.Equal((true, false, scenario.Start), (by[scenario.C].OnlySoc, by[scenario.C].OpenAtTo, by[scenario.C].ResolvedAt!.Value));
        Assert.Equal((true, true), (by[scenario.E].OnlySoc, by[scenario.E].OpenAtTo));
        Assert.Null(a.SourceNumber);
    }

    [Fact]
    public async Task Clocks_EndedOrBreachedInThePeriod_WithTheRecordTargetUnderTheRecordsGroup()
    {
        var facts = await ReadAsync(scenario.Today());
        var ids = facts.Records.ToDictionary(r => r.Id, r => r.Number);
        var a = facts.Clocks.Where(c => ids[c.RecordId] == scenario.A).ToList();

        Assert.DoesNotContain(facts.Clocks, c => c.Kind == OlaTargetKind.MajorIncidentUpdate);
        // A's 2nd line response started 09:10, due 09:25, swept breached at 09:30; acknowledged 09:35.
        var response = a.Single(c => c.Kind == OlaTargetKind.Response && c.Segment == 2);
        Assert.Equal(scenario.SecondLine, response.GroupId);
        Assert.Equal((scenario.Start.AddMinutes(25), scenario.Start.AddMinutes(35), StopReason.Met), (response.BreachedAt, response.StoppedAt, response.StopReason));
        var target = a.Single(c => c.Kind == OlaTargetKind.RecordResolution);
        Assert.Equal((scenario.SecondLine, 0, scenario.Start.AddMinutes(70), (DateTimeOffset?)null), (target.GroupId!.Value, target.Segment, target.StoppedAt!.Value, target.BreachedAt));
        // B's own target (4 h from 09:00) breached at 13:00 and runs on.
        var b = facts.Clocks.Single(c => ids[c.RecordId] == scenario.B && c.Kind == OlaTargetKind.RecordResolution);
        Assert.Equal((scenario.Start.AddHours(4), (DateTimeOffset?)null), (b.BreachedAt!.Value, b.StoppedAt));
    }

    [Fact]
    public async Task Figures_FromTheRealRecords()
    {
        var facts = await ReadAsync(scenario.Today());

        var volumes = ReportFigures.Volumes(facts);
        Assert.Equal((5, 3), (volumes.Opened, volumes.Resolved));
        Assert.Equal((3, 2), (ReportFigures.FirstContact(facts).Resolved, ReportFigures.FirstContact(facts).OnlySoc));
        Assert.Equal((3, 1), (ReportFigures.Reopens(facts).Resolved, ReportFigures.Reopens(facts).Reopened));
        // Passing a New record on from the SOC is not a reassignment (Record.Assign).
        Assert.Equal([3, 0, 0, 0, 0, 0], ReportFigures.Hops(facts).Buckets);
        var p1 = ReportFigures.TimeToResolve(facts).Priorities.Single(p => p.Priority == Priority.P1).Time;
        Assert.Equal((1, TimeSpan.FromMinutes(70)), (p1.Count, p1.Median!.Value));
        var backlog = ReportFigures.Backlog(facts);
        Assert.Equal([2, 0, 0, 0, 0], backlog.Overall.Ages);
        var relay = Assert.Single(ReportFigures.Relay(facts).Records);
        Assert.Equal(scenario.B, relay.Number);
        // The SOC held B 09:00-10:00 and the 2nd line 10:00-13:30 (now): 25% and 87.5% of the 4-hour target.
        Assert.Equal([(scenario.Soc.Id, TimeSpan.FromHours(1)), (scenario.SecondLine, TimeSpan.FromHours(3.5))], relay.Shares.Select(s => (s.GroupId, s.Used)));
        var alerts = ReportFigures.Alerts(facts).Overall;
        Assert.True(alerts.Raised >= 2, $"{alerts.Raised} alerts raised");
        Assert.Equal(alerts.Raised, alerts.Acknowledged + alerts.StillOpen);
    }

    [Fact]
    public async Task OpenAtTo_ReadsTheStatusAtToFromTheHistory()
    {
        // At 09:50 A was open (resolved at 10:00); C was resolved at 09:00; E was not yet opened.
        var facts = await ReadAsync(new ReportRequest(scenario.Start.AddHours(-9), scenario.Start.AddMinutes(50)));

        Assert.Equal([scenario.A, scenario.B], facts.Records.Where(r => r.OpenAtTo).Select(r => r.Number));
        Assert.DoesNotContain(facts.Records, r => r.Number == scenario.E);
        Assert.Equal(2, ReportFigures.Volumes(facts).Resolved); // C and D, at 09:00
    }

    [Fact]
    public async Task Filters_ByServicePriorityAndGroup()
    {
        var p1 = await ReadAsync(scenario.Today(priorities: [Priority.P1]));
        var other = await ReadAsync(scenario.Today(services: [scenario.OtherService.Id]));
        var secondLine = await ReadAsync(scenario.Today(groups: [scenario.SecondLine]));

        Assert.Equal([scenario.A, scenario.B], p1.Records.Select(r => r.Number));
        Assert.Equal([scenario.E], other.Records.Select(r => r.Number));
        Assert.Equal([scenario.A, scenario.B], secondLine.Counted().Select(r => r.Number));
        Assert.NotEmpty(secondLine.Clocks);
        Assert.All(secondLine.Clocks, c => Assert.Equal(scenario.SecondLine, c.GroupId));
        Assert.All(secondLine.Alerts, a => Assert.Equal(scenario.SecondLine, a.GroupId));
        // The SOC's own clocks of A and B are not the 2nd line's.
        var soc = await ReadAsync(scenario.Today(groups: [scenario.Soc.Id]));
        Assert.Contains(soc.Clocks, c => c.GroupId == scenario.Soc.Id && c.StopReason == StopReason.PassedOn);
        Assert.Equal([scenario.C, scenario.D, scenario.E], soc.Counted().Select(r => r.Number));
    }

    [Fact]
    public async Task SecurityIncidents_CountOnlyForThoseWhoMaySeeThem()
    {
        var resolver = await ReadAsync(scenario.Today(), Roles.Resolver);
        var analyst = await ReadAsync(scenario.Today(), Roles.SecurityAnalyst);

        Assert.DoesNotContain(resolver.Records, r => r.Number == scenario.D);
        var hiddenId = analyst.Records.Single(r => r.Number == scenario.D).Id;
        Assert.DoesNotContain(resolver.Clocks, c => c.RecordId == hiddenId);
        Assert.Equal((2, 1), (ReportFigures.FirstContact(resolver).Resolved, ReportFigures.FirstContact(resolver).OnlySoc));
        Assert.Equal((3, 2), (ReportFigures.FirstContact(analyst).Resolved, ReportFigures.FirstContact(analyst).OnlySoc));
    }

    [Fact]
    public async Task Runner_GivesTheTableWithGroupNamesFromTheCmdb()
    {
        var result = await scenario.Runner().RunAsync(ReportName.Relay, scenario.Today(), Viewers.Admin);

        var table = result.Table;
        Assert.Equal(["Record", "Target", "Group", "Used", "Of target (%)"], table.Columns);
        Assert.Equal([scenario.B, "4h 00m", scenario.Soc.Name, "1h 00m", "25.0"], table.Rows[0]);
        Assert.Equal("87.5", table.Rows[1][4]);
        Assert.Equal(ReportChartKind.StackedBar, result.Chart.Kind);
    }
}

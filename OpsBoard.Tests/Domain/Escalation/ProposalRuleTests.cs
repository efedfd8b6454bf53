using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Domain.Escalation;

/// <summary>Which clusters of incidents propose a major incident: N or more on one service or item within M minutes, never counted twice.</summary>
public sealed class ProposalRuleTests
{
    private static readonly DateTimeOffset Now = TestClock.MondayMorning;
    private static readonly ProposalRule Rule = ProposalRule.Default;
    private static readonly HashSet<long> None = [];

    /// <summary>Incidents on service 1 (item 10 unless said), opened the given minutes before now, ids from 1.</summary>
    private static List<ProposalCandidate> Incidents(params int[] minutesAgo) =>
        [.. minutesAgo.Select((m, i) => new ProposalCandidate(i + 1, $"INC{i + 1:D7}", 1, 10, Priority.P3, Now.AddMinutes(-m)))];

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(7, true)]
    public void Clusters_ProposeFromTheFifthIncident(int count, bool proposes)
    {
        var clusters = Rule.Clusters(Incidents([.. Enumerable.Range(0, count)]), [], None, Now);

        Assert.Equal(proposes, clusters.Count > 0);
        if (proposes) Assert.Equal(count, clusters.Single().Incidents.Count);
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Clusters_CountOnlyIncidentsWithinTheWindow(int oldestMinutesAgo, bool proposes)
    {
        var clusters = Rule.Clusters(Incidents(0, 1, 2, 3, oldestMinutesAgo), [], None, Now);

        Assert.Equal(proposes, clusters.Count > 0);
    }

    [Fact]
    public void Clusters_ProposeOnTheItemFirst_AndNotAgainOnItsService()
    {
        var clusters = Rule.Clusters(Incidents(0, 1, 2, 3, 4), [], None, Now);

        var cluster = Assert.Single(clusters);
        Assert.Equal(ProposalKey.Item(10), cluster.Key);
    }

    [Fact]
    public void Clusters_ProposeOnTheService_WhenTheIncidentsAreOnDifferentItems()
    {
        var incidents = Incidents(0, 1, 2, 3, 4).Select((c, i) => c with { ConfigurationItemId = i % 2 == 0 ? 10 : null }).ToList();

        var cluster = Assert.Single(Rule.Clusters(incidents, [], None, Now));

        Assert.Equal(ProposalKey.Service(1), cluster.Key);
        Assert.Equal(5, cluster.Incidents.Count);
    }

    [Fact]
    public void Clusters_DoNotMixServices()
    {
        var incidents = Incidents(0, 1, 2, 3, 4).Select((c, i) => c with { ServiceId = i < 3 ? 1 : 2, ConfigurationItemId = null }).ToList();

        Assert.Empty(Rule.Clusters(incidents, [], None, Now));
    }

    [Fact]
    public void Clusters_LeaveOutMajorIncidentsAndTheirChildren()
    {
        var incidents = Incidents(0, 1, 2, 3, 4);
        incidents[2] = incidents[2] with { Linked = true };

        Assert.Empty(Rule.Clusters(incidents, [], None, Now));
    }

    [Fact]
    public void Clusters_LeaveOutIncidentsAlreadyProposed_SoADismissedClusterIsNotProposedAgain()
    {
        var incidents = Incidents(0, 1, 2, 3, 4, 5);

        Assert.Empty(Rule.Clusters(incidents, [], new HashSet<long> { 1, 2, 3, 4, 5 }, Now));
        Assert.Single(Rule.Clusters([.. incidents, .. Incidents(0, 0, 0, 0).Select((c, i) => c with { RecordId = 100 + i })], [], new HashSet<long> { 1, 2, 3, 4, 5 }, Now));
    }

    [Fact]
    public void Clusters_AddNewIncidentsToTheOpenProposal_EvenOne()
    {
        var clusters = Rule.Clusters(Incidents(0), [ProposalKey.Item(10)], None, Now);

        var cluster = Assert.Single(clusters);
        Assert.Equal((ProposalKey.Item(10), true, 1), (cluster.Key, cluster.Grows, cluster.Incidents.Count));
    }

    [Fact]
    public void Suggested_IsTheHighestPriority_ThenTheEarliest()
    {
        var incidents = Incidents(1, 9, 5, 3);
        incidents[1] = incidents[1] with { Priority = Priority.P2 };
        incidents[2] = incidents[2] with { Priority = Priority.P2 };

        Assert.Equal(2, ProposalRule.Suggested(incidents).RecordId);
    }

    [Theory]
    [InlineData(1, 15, false)]
    [InlineData(2, 0, false)]
    [InlineData(5, 15, true)]
    public void Problem_RefusesLimitsThatMakeNoSense(int count, int minutes, bool usable)
    {
        Assert.Equal(usable, ProposalRule.Problem(count, TimeSpan.FromMinutes(minutes)) is null);
    }
}

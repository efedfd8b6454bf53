using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Domain.Escalation;

public sealed class MajorIncidentProposalTests
{
    private static readonly DateTimeOffset Now = TestClock.MondayMorning;

    private static MajorIncidentProposal Proposal() => MajorIncidentProposal.Raise(
        new ProposalCluster(ProposalKey.Item(10), [.. Enumerable.Range(1, 5).Select(i => new ProposalCandidate(i, $"INC{i}", 1, 10, Priority.P3, Now))], false), 1, Now);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Dismiss_NeedsAReason_AndLeavesItOpenWithout(string? reason)
    {
        var proposal = Proposal();

        var outcome = proposal.Dismiss(reason, "Manager", Now);

        Assert.Equal("reason", outcome.Field);
        Assert.True(proposal.IsOpen);
    }

    [Fact]
    public void Dismiss_WithAReason_DecidesIt_AndItCannotBeAcceptedAfter()
    {
        var proposal = Proposal();

        Assert.True(proposal.Dismiss(" Planned maintenance on the item ", "Manager", Now).Succeeded);

        Assert.Equal((ProposalStatus.Dismissed, "Planned maintenance on the item", "Manager"), (proposal.Status, proposal.DismissalReason, proposal.DecidedBy));
        Assert.False(proposal.Accept(1, "Other", Now).Succeeded);
    }

    [Fact]
    public void Accept_TakesOnlyOneOfItsIncidents()
    {
        var proposal = Proposal();

        Assert.Equal("majorIncident", proposal.Accept(99, "Manager", Now).Field);
        Assert.True(proposal.Accept(3, "Manager", Now).Succeeded);
        Assert.Equal((ProposalStatus.Accepted, 3L), (proposal.Status, proposal.MajorIncidentId!.Value));
    }

    [Fact]
    public void Grow_AddsNewIncidentsOnce()
    {
        var proposal = Proposal();

        proposal.Grow([new ProposalCandidate(6, "INC6", 1, 10, Priority.P3, Now), new ProposalCandidate(1, "INC1", 1, 10, Priority.P3, Now)], Now.AddMinutes(1));

        Assert.Equal([1, 2, 3, 4, 5, 6], proposal.Incidents.Select(i => i.RecordId));
        Assert.Equal(Now.AddMinutes(1), proposal.UpdatedAt);
    }
}

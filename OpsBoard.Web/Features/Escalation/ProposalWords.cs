using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>The words the console uses for a proposed major incident.</summary>
public static class ProposalWords
{
    /// <summary>"6 incidents on NHS App iOS (NHS App) within 5 min".</summary>
    public static string Heading(OpenProposal proposal) =>
        $"{proposal.Incidents.Count} incidents on {proposal.About} within {Within(proposal.Span)}";

    private static string Within(TimeSpan span) => span < TimeSpan.FromMinutes(1) ? "a minute" : Durations.Format(span);
}

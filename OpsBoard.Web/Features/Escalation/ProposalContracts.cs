using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>
/// An open proposed major incident: its incidents on one service (or one configuration item of it), opened between
/// <see cref="First"/> and <see cref="Last"/>, and the incident it suggests declaring (highest priority, then earliest).
/// </summary>
public sealed record OpenProposal(long Id, ProposalScope Scope, int ServiceId, string Service, string? Item, DateTimeOffset RaisedAt,
    IReadOnlyList<ProposedRecord> Incidents, string Suggested)
{
    public DateTimeOffset First => Incidents.Min(i => i.OpenedAt);

    public DateTimeOffset Last => Incidents.Max(i => i.OpenedAt);

    public TimeSpan Span => Last - First;

    /// <summary>"NHS App iOS (NHS App)" for an item's proposal, "NHS App" for a service's.</summary>
    public string About => Item is null ? Service : $"{Item} ({Service})";
}

public sealed record ProposedRecord(string Number, string Title, RecordKind Kind, Priority Priority, Status Status, DateTimeOffset OpenedAt);

/// <summary>The open proposals, newest first.</summary>
public sealed record OpenProposals(IReadOnlyList<OpenProposal> Proposals);

/// <summary>
/// Accepting a proposal (POST /api/proposals/{id}/accept): <see cref="MajorIncident"/> is the number of the incident to declare
/// (default: the suggested one), <see cref="ManagerId"/> the major incident manager who runs it (required).
/// </summary>
public sealed record ProposalAcceptRequest
{
    public string? MajorIncident { get; init; }
    public int? ManagerId { get; init; }
    public string? Note { get; init; }
}

/// <summary>Dismissing a proposal (POST /api/proposals/{id}/dismiss): why these incidents are not a major incident (required).</summary>
public sealed record ProposalDismissRequest
{
    public string? Reason { get; init; }
}

using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Escalation;

/// <summary>
/// An incident as the proposal rule sees it. <see cref="Linked"/>: it is a major incident or already a child of one, so it
/// never counts towards a proposal.
/// </summary>
public readonly record struct ProposalCandidate(long RecordId, string Number, int ServiceId, int? ConfigurationItemId, Priority Priority, DateTimeOffset OpenedAt, bool Linked = false);

/// <summary>What a proposal gathers incidents on: one service, or one configuration item.</summary>
public enum ProposalScope
{
    Service = 0,
    ConfigurationItem = 1,
}

/// <summary>The service or configuration item a proposal is about.</summary>
public readonly record struct ProposalKey(ProposalScope Scope, int Id)
{
    public static ProposalKey Service(int id) => new(ProposalScope.Service, id);

    public static ProposalKey Item(int id) => new(ProposalScope.ConfigurationItem, id);

    public bool Covers(ProposalCandidate incident) =>
        Scope == ProposalScope.Service ? incident.ServiceId == Id : incident.ConfigurationItemId == Id;
}

/// <summary>Incidents that raise a new proposal on <see cref="Key"/>, or join its open one (<see cref="Grows"/>).</summary>
public sealed record ProposalCluster(ProposalKey Key, IReadOnlyList<ProposalCandidate> Incidents, bool Grows);

using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Escalation;

/// <summary>
/// A proposed major incident (<see cref="ProposalRule"/>): incidents on one service or configuration item within a few minutes,
/// shown on the jeopardy console until a service manager accepts it (one incident is declared the major incident, the others
/// become its children) or dismisses it with a reason. Its incidents are never proposed again.
/// </summary>
public sealed class MajorIncidentProposal
{
    public const int MaxReasonLength = RecordDetails.MaxTextLength;

    private readonly List<ProposedIncident> incidents = [];

    private MajorIncidentProposal()
    {
    }

    /// <summary>A new proposal for <paramref name="cluster"/>, on <paramref name="serviceId"/> (the item's service for an item's proposal).</summary>
    public static MajorIncidentProposal Raise(ProposalCluster cluster, int serviceId, DateTimeOffset now)
    {
        var proposal = new MajorIncidentProposal
        {
            Scope = cluster.Key.Scope,
            ServiceId = serviceId,
            ConfigurationItemId = cluster.Key.Scope == ProposalScope.ConfigurationItem ? cluster.Key.Id : null,
            RaisedAt = now,
            UpdatedAt = now,
        };
        proposal.Add(cluster.Incidents, now);
        return proposal;
    }

    public long Id { get; private set; }

    public ProposalScope Scope { get; private set; }

    public int ServiceId { get; private set; }

    public int? ConfigurationItemId { get; private set; }

    public ProposalStatus Status { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DismissalReason { get; private set; }

    /// <summary>Accepted: the record declared the major incident.</summary>
    public long? MajorIncidentId { get; private set; }

    public IReadOnlyList<ProposedIncident> Incidents => incidents;

    public bool IsOpen => Status == ProposalStatus.Open;

    public ProposalKey Key => Scope == ProposalScope.ConfigurationItem ? ProposalKey.Item(ConfigurationItemId!.Value) : ProposalKey.Service(ServiceId);

    /// <summary>More incidents on the same service or item arrived while it was open.</summary>
    public Outcome Grow(IEnumerable<ProposalCandidate> more, DateTimeOffset now)
    {
        if (!IsOpen) return Outcome.Refused($"This proposal was already {Status.ToString().ToLowerInvariant()} by {DecidedBy}.", "proposal");
        Add(more, now);
        UpdatedAt = now;
        return Outcome.Done;
    }

    /// <summary>Whether it may be accepted with <paramref name="recordId"/> as the major incident: it is open and that record is one of its incidents.</summary>
    public Outcome CanAccept(long recordId)
    {
        if (!IsOpen) return Outcome.Refused($"This proposal was already {Status.ToString().ToLowerInvariant()} by {DecidedBy}.", "proposal");
        return incidents.Any(i => i.RecordId == recordId)
            ? Outcome.Done
            : Outcome.Refused("Pick the major incident from the proposal's own incidents.", "majorIncident");
    }

    public Outcome Accept(long recordId, string by, DateTimeOffset now)
    {
        var check = CanAccept(recordId);
        if (!check.Succeeded) return check;
        Status = ProposalStatus.Accepted;
        MajorIncidentId = recordId;
        Decide(by, now);
        return Outcome.Done;
    }

    /// <summary>Not a major incident, and why (required); its incidents are not proposed again.</summary>
    public Outcome Dismiss(string? reason, string by, DateTimeOffset now)
    {
        if (!IsOpen) return Outcome.Refused($"This proposal was already {Status.ToString().ToLowerInvariant()} by {DecidedBy}.", "proposal");
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Refused("Say why these incidents are not a major incident.", "reason");
        if (reason.Length > MaxReasonLength) return Outcome.Refused($"The reason is {reason.Length:N0} characters; the most is {MaxReasonLength:N0}.", "reason");
        Status = ProposalStatus.Dismissed;
        DismissalReason = reason.Trim();
        Decide(by, now);
        return Outcome.Done;
    }

    private void Decide(string by, DateTimeOffset now)
    {
        DecidedBy = by;
        DecidedAt = now;
        UpdatedAt = now;
    }

    private void Add(IEnumerable<ProposalCandidate> more, DateTimeOffset now)
    {
        foreach (var incident in more.Where(m => incidents.All(i => i.RecordId != m.RecordId)))
        {
            incidents.Add(new ProposedIncident(incident.RecordId, now));
        }
    }
}

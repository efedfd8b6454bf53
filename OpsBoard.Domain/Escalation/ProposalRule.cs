namespace OpsBoard.Domain.Escalation;

/// <summary>
/// Proposed major incident: <see cref="Count"/> or more incidents opened on the same service, or on the same configuration item,
/// within <see cref="Window"/> (opened at or after now less the window) raise a proposal for a service manager to accept or
/// dismiss. Incidents that are major incidents or children of one never count, nor do incidents already in a proposal (open,
/// accepted or dismissed: a dismissed proposal's incidents are not proposed again). While a proposal on a service or item is
/// open, further incidents on it join that proposal instead of raising another. A configuration item is more specific than its
/// service, so items are considered first and an incident joins at most one proposal.
/// </summary>
public sealed record ProposalRule(int Count, TimeSpan Window)
{
    public const int DefaultCount = 5;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(15);

    public static ProposalRule Default => new(DefaultCount, DefaultWindow);

    /// <summary>Whether an incident opened at <paramref name="openedAt"/> is recent enough to count at <paramref name="now"/>.</summary>
    public bool IsRecent(DateTimeOffset openedAt, DateTimeOffset now) => openedAt >= now - Window && openedAt <= now;

    /// <summary>
    /// The clusters to act on now: recent incidents joining the open proposals on <paramref name="open"/>, then each item and
    /// each service with <see cref="Count"/> or more recent incidents not yet proposed.
    /// </summary>
    public IReadOnlyList<ProposalCluster> Clusters(IEnumerable<ProposalCandidate> incidents, IReadOnlyCollection<ProposalKey> open, IReadOnlySet<long> alreadyProposed, DateTimeOffset now)
    {
        var free = incidents.Where(i => !i.Linked && !alreadyProposed.Contains(i.RecordId) && IsRecent(i.OpenedAt, now))
            .DistinctBy(i => i.RecordId).OrderBy(i => i.OpenedAt).ThenBy(i => i.RecordId).ToList();
        var clusters = new List<ProposalCluster>();
        void Take(ProposalKey key, IReadOnlyList<ProposalCandidate> taken, bool grows)
        {
            clusters.Add(new ProposalCluster(key, taken, grows));
            free.RemoveAll(i => taken.Any(t => t.RecordId == i.RecordId));
        }
        foreach (var key in open.OrderByDescending(k => k.Scope).ThenBy(k => k.Id))
        {
            var joining = free.Where(key.Covers).ToList();
            if (joining.Count > 0) Take(key, joining, grows: true);
        }
        var keys = free.Where(i => i.ConfigurationItemId is not null).Select(i => ProposalKey.Item(i.ConfigurationItemId!.Value))
            .Concat(free.Select(i => ProposalKey.Service(i.ServiceId)))
            .Distinct().Where(k => !open.Contains(k)).ToList();
        foreach (var key in keys)
        {
            var gathered = free.Where(key.Covers).ToList();
            if (gathered.Count >= Count) Take(key, gathered, grows: false);
        }
        return clusters;
    }

    /// <summary>
    /// The record a proposal suggests becomes the major incident: the highest priority (P1 first), then the earliest opened.
    /// </summary>
    public static ProposalCandidate Suggested(IEnumerable<ProposalCandidate> incidents) =>
        incidents.OrderBy(i => i.Priority).ThenBy(i => i.OpenedAt).ThenBy(i => i.RecordId).First();

    /// <summary>Why these limits cannot be used; null when they can.</summary>
    public static string? Problem(int count, TimeSpan window) =>
        count < 2 ? "a proposal needs at least 2 incidents."
        : window <= TimeSpan.Zero ? "the window must be more than 0 minutes."
        : null;
}

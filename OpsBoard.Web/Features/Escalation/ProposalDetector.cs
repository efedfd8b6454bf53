using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>
/// Finds proposed major incidents (<see cref="ProposalRule"/>) among the open incidents and events opened within the window:
/// raises a proposal per new cluster and grows the open ones, saves once and publishes ProposalChanged. Incidents and events
/// both count (an EVT from monitoring is an incident in the operations sense); service requests do not, nor do security
/// incidents (a proposal is shown to every service manager). Runs one check at a time; the unique index on a proposed
/// incident's record stops a record joining two proposals even so.
/// </summary>
public sealed class ProposalDetector(IDbContextFactory<OpsBoardDb> dbs, EscalationOptions options, ChangeFeed feed, TimeProvider clock)
{
    private readonly SemaphoreSlim one = new(1, 1);

    /// <summary>Checks now; returns the proposals raised or grown.</summary>
    public async Task<IReadOnlyList<long>> CheckAsync(CancellationToken ct = default)
    {
        await one.WaitAsync(ct);
        try
        {
            return await CheckOnceAsync(ct);
        }
        finally
        {
            one.Release();
        }
    }

    private async Task<IReadOnlyList<long>> CheckOnceAsync(CancellationToken ct)
    {
        var rule = options.ProposalRule;
        var now = clock.GetUtcNow();
        var since = now - rule.Window;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Records.AsNoTracking()
            .Where(RecordQueries.IsOpen)
            .Where(r => r.OpenedAt >= since && (r.Kind == RecordKind.Incident || r.Kind == RecordKind.Event) && !r.IsSecurityIncident)
            .Select(r => new
            {
                Candidate = new ProposalCandidate(r.Id, r.Number, r.ServiceId, r.ConfigurationItemId, r.Priority, r.OpenedAt,
                    r.MajorIncidentDeclaredAt != null || r.ParentMajorIncidentId != null),
                r.Kind,
                r.AssignmentGroupId,
                r.Status,
            })
            .ToListAsync(ct);
        if (rows.Count < 1) return [];
        var ids = rows.Select(r => r.Candidate.RecordId).ToList();
        var proposed = (await db.Set<ProposedIncident>().Where(i => ids.Contains(i.RecordId)).Select(i => i.RecordId).ToListAsync(ct)).ToHashSet();
        var open = await db.Proposals.Include(p => p.Incidents).Where(p => p.Status == ProposalStatus.Open).ToListAsync(ct);
        var clusters = rule.Clusters(rows.Select(r => r.Candidate), open.Select(p => p.Key).ToList(), proposed, now);
        if (clusters.Count == 0) return [];
        var changed = new List<MajorIncidentProposal>();
        foreach (var cluster in clusters)
        {
            if (cluster.Grows)
            {
                var proposal = open.Single(p => p.Key == cluster.Key);
                proposal.Grow(cluster.Incidents, now);
                changed.Add(proposal);
                continue;
            }
            var serviceId = cluster.Incidents[0].ServiceId;
            var raised = MajorIncidentProposal.Raise(cluster, serviceId, now);
            db.Proposals.Add(raised);
            changed.Add(raised);
        }
        await db.SaveChangesAsync(ct);
        var latest = rows.Where(r => clusters.Any(c => c.Incidents.Any(i => i.RecordId == r.Candidate.RecordId))).MaxBy(r => r.Candidate.OpenedAt)!;
        feed.Publish(new BoardEvent(BoardEventType.ProposalChanged, latest.Candidate.Number, now, latest.Kind, latest.AssignmentGroupId, null,
            latest.Candidate.ServiceId, latest.Candidate.Priority, latest.Status));
        return changed.Select(p => p.Id).ToList();
    }
}

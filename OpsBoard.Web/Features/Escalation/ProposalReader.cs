using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Escalation;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>The open proposed major incidents with their incidents, less any a viewer may not see (a record made a security incident since).</summary>
public sealed class ProposalReader(IDbContextFactory<OpsBoardDb> dbs)
{
    public async Task<OpenProposals> GetAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Open)
            .OrderByDescending(p => p.RaisedAt).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.Scope,
                p.ServiceId,
                p.RaisedAt,
                Service = db.Services.Where(s => s.Id == p.ServiceId).Select(s => s.Name).First(),
                Item = db.ConfigurationItems.Where(c => c.Id == p.ConfigurationItemId).Select(c => c.Name).FirstOrDefault(),
                Records = p.Incidents.Select(i => i.RecordId).ToList(),
            })
            .ToListAsync(ct);
        var ids = proposals.SelectMany(p => p.Records).ToList();
        var records = await db.Records.AsNoTracking().VisibleTo(viewer).Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, Record = new ProposedRecord(r.Number, r.Title, r.Kind, r.Priority, r.Status, r.OpenedAt) })
            .ToDictionaryAsync(r => r.Id, r => r.Record, ct);
        return new OpenProposals([.. proposals
            .Select(p => (p, Incidents: p.Records.Where(records.ContainsKey).Select(id => records[id]).OrderBy(r => r.OpenedAt).ToList()))
            .Where(x => x.Incidents.Count > 0)
            .Select(x => new OpenProposal(x.p.Id, x.p.Scope, x.p.ServiceId, x.p.Service, x.p.Item, x.p.RaisedAt, x.Incidents, Suggested(x.Incidents)))]);
    }

    private static string Suggested(IReadOnlyList<ProposedRecord> incidents) =>
        ProposalRule.Suggested(incidents.Select(i => new ProposalCandidate(0, i.Number, 0, null, i.Priority, i.OpenedAt))).Number;
}

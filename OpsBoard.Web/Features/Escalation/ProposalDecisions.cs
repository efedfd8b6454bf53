using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.MajorIncidents;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>
/// A service manager's decision on a proposed major incident. Accept: the chosen incident is declared a major incident (the
/// DeclareMajorIncident action, through <see cref="RecordActionService"/>, with its rules), the others still open or resolved
/// are linked to it as children (<see cref="MajorIncidentService.LinkChildrenAsync(string, IReadOnlyList{string}, Actor, CancellationToken)"/>),
/// then the proposal is closed. Dismiss: with a reason, and its incidents are never proposed again. Each decision is written
/// into every incident's history and the audit log, and published as ProposalChanged.
/// </summary>
public sealed class ProposalDecisions(IDbContextFactory<OpsBoardDb> dbs, RecordActionService actions, MajorIncidentService majorIncidents, ChangeFeed feed, TimeProvider clock)
{
    public const string HistoryField = "Proposed major incident";

    private static readonly string Refusal = "Only a service manager or an administrator decides on a proposed major incident.";

    public async Task<ChangeResult> DismissAsync(long id, ProposalDismissRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!MayDecide(actor)) return Refused(id, Outcome.Refused(Refusal));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var proposal = await db.Proposals.Include(p => p.Incidents).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null) return NotFound(id);
        var now = clock.GetUtcNow();
        var outcome = proposal.Dismiss(request.Reason, actor.Name, now);
        if (!outcome.Succeeded) return outcome.Field == "reason" ? ChangeResult.Invalid(new Dictionary<string, string> { ["reason"] = outcome.Reason! }) : Refused(id, outcome);
        await RecordAsync(db, proposal, actor.Name, now, $"Dismissed: {proposal.DismissalReason}", ct);
        return ChangeResult.Done(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<ChangeResult> AcceptAsync(long id, ProposalAcceptRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!MayDecide(actor)) return Refused(id, Outcome.Refused(Refusal));
        if (request.ManagerId is null) return ChangeResult.Invalid(new Dictionary<string, string> { ["managerId"] = "Name the major incident manager who will run it." });
        List<(long Id, ProposalCandidate Candidate, Status Status, bool Linked)> incidents;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var proposal = await db.Proposals.AsNoTracking().Include(p => p.Incidents).SingleOrDefaultAsync(p => p.Id == id, ct);
            if (proposal is null) return NotFound(id);
            var ids = proposal.Incidents.Select(i => i.RecordId).ToList();
            incidents = [.. (await db.Records.AsNoTracking().VisibleTo(actor.User).Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Number, r.ServiceId, r.ConfigurationItemId, r.Priority, r.OpenedAt, r.Status, Linked = r.MajorIncidentDeclaredAt != null || r.ParentMajorIncidentId != null })
                .ToListAsync(ct))
                .Select(r => (r.Id, new ProposalCandidate(r.Id, r.Number, r.ServiceId, r.ConfigurationItemId, r.Priority, r.OpenedAt), r.Status, r.Linked))];
            if (incidents.Count == 0) return NotFound(id);
            var chosen = string.IsNullOrWhiteSpace(request.MajorIncident)
                ? ProposalRule.Suggested(incidents.Where(i => i.Status.IsOpen()).Select(i => i.Candidate).DefaultIfEmpty(incidents[0].Candidate)).RecordId
                : incidents.FirstOrDefault(i => i.Candidate.Number == request.MajorIncident.Trim().ToUpperInvariant()).Id;
            var check = proposal.CanAccept(chosen);
            if (!check.Succeeded) return Refused(id, check);
            var number = incidents.Single(i => i.Id == chosen).Candidate.Number;
            var note = $"Accepted proposed major incident {id}: {incidents.Count} incidents" + (string.IsNullOrWhiteSpace(request.Note) ? string.Empty : $"; {request.Note.Trim()}");
            var declared = await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.DeclareMajorIncident, ManagerId = request.ManagerId, Note = note }, actor, ct);
            if (!declared.Succeeded) return declared;
            var children = incidents.Where(i => i.Id != chosen && !i.Linked && i.Status is not (Status.Closed or Status.Cancelled)).Select(i => i.Candidate.Number).ToList();
            var linked = children.Count == 0 ? ChangeResult.Done(number) : await majorIncidents.LinkChildrenAsync(number, children, actor, ct);
            await using var write = await dbs.CreateDbContextAsync(ct);
            var tracked = await write.Proposals.Include(p => p.Incidents).SingleAsync(p => p.Id == id, ct);
            var now = clock.GetUtcNow();
            tracked.Accept(chosen, actor.Name, now);
            var what = linked.Succeeded
                ? $"Accepted: {number} declared the major incident" + (children.Count > 0 ? $", {string.Join(", ", children)} linked as its children" : string.Empty)
                : $"Accepted: {number} declared the major incident; its children were not linked: {linked.Message}";
            await RecordAsync(write, tracked, actor.Name, now, what, ct);
            return linked.Succeeded ? ChangeResult.Done(number) : ChangeResult.Refused(number, Outcome.Refused($"{number} is declared, but its children were not linked: {linked.Message}", "children"));
        }
    }

    public static ChangeResult NotFound(long id) => new(null, ChangeFailure.NotFound,
        new Dictionary<string, string> { ["proposal"] = $"There is no proposed major incident {id}; GET /api/proposals lists the open ones." });

    private static bool MayDecide(Actor actor) => Policies.RolesOf[Policies.RespondToAlerts].Any(actor.User.IsInRole);

    private static ChangeResult Refused(long id, Outcome outcome) =>
        new(null, ChangeFailure.Refused, new Dictionary<string, string> { [outcome.Field ?? "proposal"] = outcome.Reason ?? "Refused." });

    /// <summary>The decision into each incident's history and the audit log, saved once, then published.</summary>
    private async Task RecordAsync(OpsBoardDb db, MajorIncidentProposal proposal, string by, DateTimeOffset now, string what, CancellationToken ct)
    {
        foreach (var incident in proposal.Incidents)
        {
            db.History.Add(HistoryEntry.ForRecord(incident.RecordId, now, by, HistoryField, null, Shorten(what)));
        }
        db.AuditLog.Add(new AuditEntry(now, by, AuditArea.Proposal, $"Proposal {proposal.Id}: {proposal.Incidents.Count} incidents", Shorten(what)));
        await db.SaveChangesAsync(ct);
        var ids = proposal.Incidents.Select(i => i.RecordId).ToList();
        var record = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).FirstAsync(ct);
        feed.Publish(BoardEvent.Of(BoardEventType.ProposalChanged, record, now));
    }

    private static string Shorten(string text) => text.Length > RecordDetails.MaxTextLength ? text[..RecordDetails.MaxTextLength] : text;
}

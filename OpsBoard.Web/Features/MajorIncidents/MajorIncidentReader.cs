using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>Reads major incidents: the open ones for the banners, and one with its timeline and children.</summary>
public sealed class MajorIncidentReader(IDbContextFactory<OpsBoardDb> dbs)
{
    private static readonly string UpdateClockField = $"{RecordClocks.Describe(OlaTargetKind.MajorIncidentUpdate)} clock";

    /// <summary>The history fields a major incident's timeline shows.</summary>
    private static readonly string[] TimelineFields =
    [
        Record.MajorIncidentField, Record.UpdateField, Record.UpdateIntervalField, Record.ChildField, Record.StatusField, "Priority",
        "Resolution note", UpdateClockField, "Hierarchical escalation", "Functional escalation", Record.HandOverField,
    ];

    /// <summary>The update clock's moves that matter on a timeline: an update at risk of being late, or late.</summary>
    private static readonly string[] LateStates = [nameof(JeopardyState.Jeopardy), nameof(JeopardyState.Breached)];

    public async Task<IReadOnlyList<OpenMajorIncident>> OpenAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var open = await db.Records.AsNoTracking().VisibleTo(viewer)
            .Where(RecordQueries.IsOpen).Where(r => r.MajorIncidentDeclaredAt != null)
            .OrderBy(r => r.MajorIncidentDeclaredAt)
            .Select(r => new
            {
                r.Id, r.Number, r.Title, Service = r.Service!.Name, Manager = r.MajorIncidentManager!.Name, DeclaredAt = r.MajorIncidentDeclaredAt!.Value,
                Children = db.Records.Count(c => c.ParentMajorIncidentId == r.Id),
            })
            .ToListAsync(ct);
        var due = await UpdateDueAsync(db, [.. open.Select(r => r.Id)], ct);
        return [.. open.Select(r => new OpenMajorIncident(r.Number, r.Title, r.Service, r.Manager, r.DeclaredAt, due.GetValueOrDefault(r.Id), r.Children))];
    }

    /// <summary>The major incident the record is, with its timeline and children, or the one it is a child of; null when it is not to be seen.</summary>
    public async Task<MajorIncidentLinks?> ForRecordAsync(string number, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var record = await db.Records.AsNoTracking().VisibleTo(viewer).Where(r => r.Number == number)
            .Select(r => new
            {
                r.Id, r.Number, r.Title, Service = r.Service!.Name, r.Status, r.Priority, r.MajorIncidentDeclaredAt, r.MajorIncidentManagerId,
                Manager = r.MajorIncidentManager != null ? r.MajorIncidentManager.Name : null, r.MajorIncidentUpdateEvery, r.LastMajorIncidentUpdateAt,
                Parent = r.ParentMajorIncident != null ? new ParentMajorIncident(r.ParentMajorIncident.Number, r.ParentMajorIncident.Title, r.ParentMajorIncident.Status) : null,
                Problem = r.Problem != null ? new ProblemLink(r.Problem.Number, r.Problem.Title, r.Problem.Status) : null,
            })
            .SingleOrDefaultAsync(ct);
        if (record is null) return null;
        if (record.MajorIncidentDeclaredAt is not { } declared) return new MajorIncidentLinks(null, record.Parent);
        var timeline = await db.History.AsNoTracking()
            // From the declaration on: what happened to the record before it is in its history.
            .Where(h => h.RecordId == record.Id && TimelineFields.Contains(h.Field)
                && h.Id >= db.History.Where(d => d.RecordId == record.Id && d.Field == Record.MajorIncidentField).Min(d => d.Id))
            .OrderBy(h => h.Id)
            .Select(h => new { h.At, h.By, h.Field, h.OldValue, h.NewValue })
            .ToListAsync(ct);
        var children = await db.Records.AsNoTracking().VisibleTo(viewer).Where(c => c.ParentMajorIncidentId == record.Id)
            .OrderBy(c => c.OpenedAt)
            .Select(c => new ChildIncident(c.Number, c.Kind, c.Title, c.Status, c.Priority, c.AssignmentGroup!.Name, c.OpenedAt))
            .ToListAsync(ct);
        var due = await UpdateDueAsync(db, [record.Id], ct);
        var detail = new MajorIncidentDetail(record.Number, record.Title, record.Service, record.Status, record.Priority, declared,
            record.MajorIncidentManagerId ?? 0, record.Manager ?? "no one named", record.MajorIncidentUpdateEvery ?? Record.DefaultUpdateInterval,
            record.LastMajorIncidentUpdateAt, due.GetValueOrDefault(record.Id),
            [.. timeline.Where(h => h.Field != UpdateClockField || LateStates.Contains(h.NewValue)).Select(h => new TimelineEntry(h.At, h.By, h.Field, Describe(h.OldValue, h.NewValue)))], children,
            record.Problem);
        return new MajorIncidentLinks(detail, record.Parent);
    }

    private static string? Describe(string? from, string? to) => from is null ? to : to is null ? $"{from} (cleared)" : $"{from} → {to}";

    /// <summary>The running update-due clock of each major incident, as the sweep last stored it.</summary>
    private static async Task<Dictionary<long, UpdateDue>> UpdateDueAsync(OpsBoardDb db, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var clocks = await db.OlaTargets.AsNoTracking()
            .Where(c => ids.Contains(c.RecordId) && c.Kind == OlaTargetKind.MajorIncidentUpdate && c.StoppedAt == null && c.Due != null)
            .Select(c => new { c.RecordId, Due = c.Due!.Value, c.State })
            .ToListAsync(ct);
        return clocks.GroupBy(c => c.RecordId).ToDictionary(g => g.Key, g => new UpdateDue(g.Last().Due, g.Last().State));
    }
}

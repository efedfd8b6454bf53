using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Records;

public sealed class RecordReader(IDbContextFactory<OpsBoardDb> dbs, AutoCloseRule autoClose)
{
    /// <summary>The record, or null when there is none or it is a security incident <paramref name="viewer"/> may not see.</summary>
    public async Task<RecordView?> GetAsync(string number, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var view = await db.Records.AsNoTracking().VisibleTo(viewer).Where(r => r.Number == number).Select(r => new RecordView(
            r.Number, r.Kind, r.Title, r.Description, r.Caller, r.Channel, r.ServiceId, r.Service!.Name,
            r.ConfigurationItemId, r.ConfigurationItem != null ? r.ConfigurationItem.Name : null, r.Category, r.IsSecurityIncident,
            r.Impact, r.Urgency, r.Priority, r.PriorityOverridden, r.Status, r.PendingReason,
            r.AssignmentGroupId, r.AssignmentGroup!.Name, r.AssigneeId, r.Assignee != null ? r.Assignee.Name : null,
            r.SupportLine, r.OpenedAt, r.UpdatedAt, r.AcknowledgedAt, r.ResolvedAt, r.ClosedAt, null, r.ResolutionCode,
            r.ResolutionNote, r.ReassignmentCount, r.ReopenCount,
            r.MajorIncidentDeclaredAt != null ? new MajorIncidentView(r.MajorIncidentDeclaredAt.Value, r.MajorIncidentManagerId!.Value, r.MajorIncidentManager!.Name) : null,
            null,
            Array.Empty<RecordAction>(), Array.Empty<HistoryView>()))
            .SingleOrDefaultAsync(ct);
        if (view is null) return null;
        var history = await db.History.AsNoTracking()
            .Where(h => h.RecordId == db.Records.Where(r => r.Number == number).Select(r => r.Id).Single())
            .OrderBy(h => h.Id)
            .Select(h => new HistoryView(h.At, h.By, h.Field, h.OldValue, h.NewValue))
            .ToListAsync(ct);
        var monitoring = view.Kind == RecordKind.Event ? await MonitoringAsync(db, number, ct) : null;
        var closesAt = view is { Status: Status.Resolved, ResolvedAt: { } resolved } ? (await autoClose.GetAsync(ct)).ClosesAt(resolved) : (DateTimeOffset?)null;
        var links = await db.Records.AsNoTracking().Where(r => r.Number == number).Select(r => new
        {
            Problem = r.Problem == null ? null : new LinkedProblemView(r.Problem.Number, r.Problem.Title, r.Problem.Status),
            Changes = r.Changes.OrderBy(c => c.Number).Select(c => new LinkedChangeView(c.Number, c.Title, c.Status, c.PlannedStart, c.PlannedEnd)).ToList(),
            Awaiting = r.AwaitingChange == null ? null : r.AwaitingChange.Number,
            r.SourceNumber,
        }).SingleAsync(ct);
        return view with { SourceNumber = links.SourceNumber, Problem = links.Problem, Changes = links.Changes, AwaitingChange = links.Changes.FirstOrDefault(c => c.Number == links.Awaiting), Monitoring = monitoring, AllowedActions = StatusMachine.AllowedActions(view.Status, view.MajorIncident is not null), History = history, ClosesAt = closesAt };
    }

    private static async Task<MonitoringView?> MonitoringAsync(OpsBoardDb db, string number, CancellationToken ct)
    {
        var key = await db.EventKeys.AsNoTracking()
            .Where(k => k.Record!.Number == number)
            .OrderByDescending(k => k.Id)
            .Join(db.Integrations, k => k.IntegrationId, i => i.Id, (k, i) => new { Integration = i.Name, k.Key, k.Repeats, k.FirstAt, k.LastAt, k.LastPayload })
            .FirstOrDefaultAsync(ct);
        if (key is null) return null;
        var latest = JsonSerializer.Deserialize<IncomingEvent>(key.LastPayload, IncomingEvent.Json);
        return new MonitoringView(key.Integration, key.Key, key.Repeats, key.FirstAt, key.LastAt, latest?.Summary, latest?.Severity?.ToString().ToLowerInvariant());
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Jeopardy;

/// <summary>The open jeopardy alerts on records a <see cref="BoardFilter"/> follows, nearest breach first.</summary>
public sealed class AlertReader(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, TimeProvider clock)
{
    public const int PageSize = 100;

    /// <summary>
    /// The open alerts, less those on security incidents <paramref name="viewer"/> may not see; with <paramref name="managedBy"/>,
    /// only those of the services and configuration items that person manages.
    /// </summary>
    public async Task<OpenAlerts> GetAsync(BoardFilter filter, ClaimsPrincipal viewer, CancellationToken ct = default, int? managedBy = null)
    {
        var seesSecurityIncidents = SecurityIncidents.CanSee(viewer);
        var now = clock.GetUtcNow();
        var groups = filter.Groups.ToArray();
        var services = filter.Services.ToArray();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The same rule as BoardFilter.Follows, in SQL: the group holding the record and its service.
        var open = db.JeopardyAlerts.AsNoTracking()
            .Where(a => a.AcknowledgedAt == null)
            .Where(a => seesSecurityIncidents || !a.Record!.IsSecurityIncident)
            .Where(a => groups.Length == 0 || groups.Contains(a.Record!.AssignmentGroupId))
            .Where(a => services.Length == 0 || services.Contains(a.Record!.ServiceId))
            .Where(a => managedBy == null || a.Record!.Service!.ServiceManagerId == managedBy || a.Record.ConfigurationItem!.ServiceManagerId == managedBy);
        var total = await open.CountAsync(ct);
        // A running clock breaches at its due time, so the earliest due comes first (the longest overdue at the top); a stopped or
        // paused one cannot breach now, nor has a ping-pong alert a clock: those follow, oldest raised first.
        var rows = await open
            .OrderBy(a => a.OlaTargetId == null || a.Clock!.StoppedAt != null || a.Clock.Due == null)
            .ThenBy(a => a.Clock!.Due)
            .ThenBy(a => a.RaisedAt)
            .ThenBy(a => a.Id)
            .Take(PageSize)
            .Select(a => new
            {
                a.Id,
                a.OlaTargetId,
                a.Record!.Number,
                a.Record.Title,
                a.Record.Priority,
                a.Record.Status,
                a.Record.PendingReason,
                a.Kind,
                ClockGroup = db.SupportGroups.Where(g => g.Id == a.Clock!.SupportGroupId).Select(g => g.Name).FirstOrDefault(),
                State = a.OlaTargetId == null ? null : (OpsBoard.Domain.Ola.JeopardyState?)a.Clock!.State,
                RaisedFor = a.State,
                Due = a.OlaTargetId == null ? null : a.Clock!.Due,
                a.Reason,
                a.Passes,
                a.Route,
                a.RaisedAt,
                a.Record.AssignmentGroupId,
                Group = a.Record.AssignmentGroup!.Name,
                a.Record.AssigneeId,
                a.Record.SupportLine,
                a.Record.ServiceId,
                Service = a.Record.Service!.Name,
                ServiceManager = a.Record.Service.ServiceManager == null ? null : a.Record.Service.ServiceManager.Name,
                // Routing.ManagerFor in SQL: the configuration item's own service manager, else the service's.
                ForId = a.Record.ConfigurationItem != null && a.Record.ConfigurationItem.ServiceManagerId != null
                    ? a.Record.ConfigurationItem.ServiceManagerId : a.Record.Service.ServiceManagerId,
                For = a.Record.ConfigurationItem != null && a.Record.ConfigurationItem.ServiceManager != null
                    ? a.Record.ConfigurationItem.ServiceManager.Name
                    : a.Record.Service.ServiceManager == null ? null : a.Record.Service.ServiceManager.Name,
            })
            .ToListAsync(ct);
        var ids = rows.Where(r => r.OlaTargetId != null).Select(r => r.OlaTargetId!.Value).ToList();
        var clocks = await db.OlaTargets.AsNoTracking().Include(t => t.Pauses).Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var book = await policies.GetAsync(ct);
        var alerts = rows.Select(r =>
        {
            var target = r.OlaTargetId is { } id ? clocks[id] : null;
            var reading = target?.Read(book.Calendar(target.CalendarName), now);
            return new OpenAlert(r.Id, r.Number, r.Title, r.Priority, r.Status, r.PendingReason, r.Kind, r.ClockGroup, r.State, r.RaisedFor, r.Due,
                r.RaisedAt, target?.Target ?? TimeSpan.Zero, reading?.Used ?? TimeSpan.Zero, reading?.IsRunning == true, reading?.IsPaused == true,
                target?.CalendarName ?? string.Empty, r.AssignmentGroupId, r.Group, r.AssigneeId, r.SupportLine, r.ServiceId, r.Service, r.ServiceManager,
                r.Reason, r.Passes, r.Route, r.For, r.ForId);
        }).ToList();
        return new OpenAlerts(alerts, total, now);
    }
}

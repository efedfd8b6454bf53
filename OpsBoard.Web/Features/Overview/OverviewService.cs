using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Overview;

/// <summary>The counts and recent changes the overview page shows; two small indexed queries, whatever the number of records.</summary>
public sealed class OverviewService(IDbContextFactory<OpsBoardDb> dbs)
{
    public const int RecentCount = 10;

    /// <summary>Counts and recent changes of the records <paramref name="viewer"/> may see.</summary>
    public async Task<OverviewView> GetAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // One grouped count over the (Status, Priority, OpenedAt) index gives both breakdowns.
        var counts = await db.Records.AsNoTracking().VisibleTo(viewer)
            .Where(RecordQueries.IsOpen)
            .GroupBy(r => new { r.Status, r.Priority })
            .Select(g => new OpenCount(g.Key.Status, g.Key.Priority, g.Count()))
            .ToListAsync(ct);
        var recent = await db.Records.AsNoTracking().VisibleTo(viewer)
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Take(RecentCount)
            .Select(r => new RecentRecord(r.Number, r.Kind, r.Title, r.Priority, r.Status, r.PendingReason, r.AssignmentGroup!.Name, r.UpdatedAt))
            .ToListAsync(ct);
        return new OverviewView(counts, recent);
    }
}

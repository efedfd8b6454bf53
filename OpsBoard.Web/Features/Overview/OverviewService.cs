using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Overview;

/// <summary>The counts and recent changes the overview page shows; two small indexed queries, whatever the number of records.</summary>
public sealed class OverviewService(IDbContextFactory<OpsBoardDb> dbs)
{
    public const int RecentCount = 10;

    public async Task<OverviewView> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // One grouped count over the (Status, Priority, OpenedAt) index gives both breakdowns.
        var counts = await db.Records.AsNoTracking()
            .Where(RecordQueries.IsOpen)
            .GroupBy(r => new { r.Status, r.Priority })
            .Select(g => new OpenCount(g.Key.Status, g.Key.Priority, g.Count()))
            .ToListAsync(ct);
        var recent = await db.Records.AsNoTracking()
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Take(RecentCount)
            .Select(r => new RecentRecord(r.Number, r.Kind, r.Title, r.Priority, r.Status, r.PendingReason, r.AssignmentGroup!.Name, r.UpdatedAt))
            .ToListAsync(ct);
        return new OverviewView(counts, recent);
    }
}

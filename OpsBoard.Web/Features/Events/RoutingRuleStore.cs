using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Events;

/// <summary>The routing rules as one router, read once and kept until an administrator edits them (each rule compiles its pattern once).</summary>
public sealed class RoutingRuleStore(IDbContextFactory<OpsBoardDb> dbs)
{
    private volatile EventRouter? router;

    public async Task<EventRouter> GetAsync(CancellationToken ct = default)
    {
        if (router is { } known) return known;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return router = new EventRouter(await db.RoutingRules.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Id).ToListAsync(ct));
    }

    /// <summary>Called after an edit: the next event is routed by the new rules.</summary>
    public void Invalidate() => router = null;
}

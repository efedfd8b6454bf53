using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Changes;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Problems;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Web.Features.Changes;

public sealed class ChangeReader(IDbContextFactory<OpsBoardDb> dbs)
{
    /// <summary>Changes, newest first, maybe of one status and with <paramref name="text"/> in the number or title.</summary>
    public async Task<IReadOnlyList<ChangeRow>> ListAsync(ChangeStatus? status, string? text, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changes = db.Changes.AsNoTracking();
        if (status is { } s) changes = changes.Where(c => c.Status == s);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = TextSearch.Pattern(text);
            changes = changes.Where(c => EF.Functions.Like(c.Title.ToLower(), pattern, TextSearch.Escape) || EF.Functions.Like(c.Number.ToLower(), pattern, TextSearch.Escape));
        }
        var records = db.Records.VisibleTo(viewer);
        return await changes.OrderByDescending(c => c.RequestedAt).Take(ProblemReader.MaxRows)
            .Select(c => new ChangeRow(c.Number, c.Title, c.Status, c.Owner!.Name, c.RequestedAt, c.PlannedStart, c.PlannedEnd,
                records.Count(r => r.Changes.Any(l => l.Id == c.Id))))
            .ToListAsync(ct);
    }

    /// <summary>The change with its history and linked records (those <paramref name="viewer"/> may see), or null.</summary>
    public async Task<ChangeView?> GetAsync(string number, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var change = await db.Changes.AsNoTracking().Include(c => c.Owner).Include(c => c.History)
            .SingleOrDefaultAsync(c => c.Number == number, ct);
        if (change is null) return null;
        var records = await db.Records.AsNoTracking().VisibleTo(viewer).Where(r => r.Changes.Any(c => c.Id == change.Id))
            .OrderBy(r => r.Number)
            .Select(r => new LinkedRecordRow(r.Number, r.Kind, r.Title, r.Status, r.PendingReason, r.Priority, r.PriorityOverridden))
            .ToListAsync(ct);
        return new ChangeView(change.Number, change.Title, change.Description, change.OwnerId, change.Owner!.Name, change.Status,
            change.PlannedStart, change.PlannedEnd, change.CancellationReason, change.RequestedAt, change.UpdatedAt, change.ApprovedAt,
            change.ImplementedAt, change.ClosedAt, change.AllowedActions, records,
            [.. change.History.OrderBy(h => h.Id).Select(h => new HistoryView(h.At, h.By, h.Field, h.OldValue, h.NewValue))]);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Problems;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Web.Features.Problems;

public sealed class ProblemReader(IDbContextFactory<OpsBoardDb> dbs)
{
    public const int MaxRows = 200;

    /// <summary>Problems, newest first, maybe of one status and with <paramref name="text"/> in the number or title.</summary>
    public async Task<IReadOnlyList<ProblemRow>> ListAsync(ProblemStatus? status, string? text, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problems = db.Problems.AsNoTracking();
        if (status is { } s) problems = problems.Where(p => p.Status == s);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = TextSearch.Pattern(text);
            problems = problems.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, TextSearch.Escape) || EF.Functions.Like(p.Number.ToLower(), pattern, TextSearch.Escape));
        }
        var records = db.Records.VisibleTo(viewer);
        return await problems.OrderByDescending(p => p.OpenedAt).Take(MaxRows)
            .Select(p => new ProblemRow(p.Number, p.Title, p.Status, p.Owner!.Name, p.OpenedAt, records.Count(r => r.ProblemId == p.Id)))
            .ToListAsync(ct);
    }

    /// <summary>The problem with its history and linked records (those <paramref name="viewer"/> may see), or null.</summary>
    public async Task<ProblemView?> GetAsync(string number, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problem = await db.Problems.AsNoTracking().Include(p => p.Owner).Include(p => p.History)
            .SingleOrDefaultAsync(p => p.Number == number, ct);
        if (problem is null) return null;
        var records = await db.Records.AsNoTracking().VisibleTo(viewer).Where(r => r.ProblemId == problem.Id)
            .OrderBy(r => r.Number)
            .Select(r => new LinkedRecordRow(r.Number, r.Kind, r.Title, r.Status, r.PendingReason, r.Priority, r.PriorityOverridden))
            .ToListAsync(ct);
        return new ProblemView(problem.Number, problem.Title, problem.Description, problem.OwnerId, problem.Owner!.Name, problem.Status,
            problem.Workaround, problem.ResolutionNote, problem.OpenedAt, problem.UpdatedAt, problem.KnownErrorAt, problem.ResolvedAt,
            problem.ClosedAt, problem.AllowedActions, records,
            [.. problem.History.OrderBy(h => h.Id).Select(h => new HistoryView(h.At, h.By, h.Field, h.OldValue, h.NewValue))]);
    }
}

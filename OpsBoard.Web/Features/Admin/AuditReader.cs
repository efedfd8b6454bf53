using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Admin;

/// <summary>Reads the audit log newest first, a page at a time, filtered by area and by text in the subject, change or who.</summary>
public sealed class AuditReader(IDbContextFactory<OpsBoardDb> dbs)
{
    public const int MaxPageSize = 200;

    private const string LikeEscape = "\\";

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Area)) entries = entries.Where(a => a.Area == query.Area);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // LIKE, not Contains: Contains is instr() on SQLite, which is case-sensitive.
            var pattern = "%" + EscapeLike(query.Text.Trim()) + "%";
            entries = entries.Where(a => EF.Functions.Like(a.Subject, pattern, LikeEscape)
                || EF.Functions.Like(a.Change, pattern, LikeEscape)
                || EF.Functions.Like(a.By, pattern, LikeEscape));
        }
        var total = await entries.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .Select(a => new AuditRow(a.Id, a.At, a.By, a.Area, a.Subject, a.Change))
            .ToListAsync(ct);
        return new AuditPage(rows, total);
    }

    /// <summary>The areas the log holds entries for, and the ones admin edits write, for the filter.</summary>
    public async Task<IReadOnlyList<string>> AreasAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stored = await db.AuditLog.AsNoTracking().Select(a => a.Area).Distinct().ToListAsync(ct);
        return [.. stored.Union([AuditArea.OlaPolicy, AuditArea.Calendar]).Order(StringComparer.OrdinalIgnoreCase)];
    }

    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_");
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Admin;

/// <summary>
/// Reads the audit log newest first, a page at a time, filtered by area and by text in the subject, change or who. Record
/// changes are read from each record's history (area "Record", the record's number as subject) rather than written twice.
/// </summary>
public sealed class AuditReader(IDbContextFactory<OpsBoardDb> dbs)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = db.AuditLog.AsNoTracking()
            .Select(a => new Line { Id = a.Id, At = a.At, By = a.By, Area = a.Area, Subject = a.Subject, Change = a.Change })
            .Concat(db.History.AsNoTracking().Join(db.Records, h => h.RecordId, r => r.Id, (h, r) => new Line
            {
                Id = h.Id, At = h.At, By = h.By, Area = AuditArea.Record, Subject = r.Number,
                Change = h.Field + ": " + (h.OldValue ?? "") + " -> " + (h.NewValue ?? ""),
            }));
        if (!string.IsNullOrWhiteSpace(query.Area)) entries = entries.Where(a => a.Area == query.Area);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = TextSearch.Pattern(query.Text);
            entries = entries.Where(a => EF.Functions.Like(a.Subject.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(a.Change.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(a.By.ToLower(), pattern, TextSearch.Escape));
        }
        var total = await entries.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return new AuditPage([.. rows.Select(a => new AuditRow(a.Id, a.At, a.By, a.Area, a.Subject, a.Change))], total);
    }

    /// <summary>The areas the log holds entries for, and the ones admin edits write, for the filter.</summary>
    public async Task<IReadOnlyList<string>> AreasAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stored = await db.AuditLog.AsNoTracking().Select(a => a.Area).Distinct().ToListAsync(ct);
        return [.. stored.Union([AuditArea.OlaPolicy, AuditArea.Calendar, AuditArea.Record, AuditArea.Cmdb]).Order(StringComparer.OrdinalIgnoreCase)];
    }

    // One shape for both sources, so the two can be concatenated, filtered and paged in SQL.
    private sealed class Line
    {
        public long Id { get; init; }

        public DateTimeOffset At { get; init; }

        public string By { get; init; } = string.Empty;

        public string Area { get; init; } = string.Empty;

        public string Subject { get; init; } = string.Empty;

        public string Change { get; init; } = string.Empty;
    }
}

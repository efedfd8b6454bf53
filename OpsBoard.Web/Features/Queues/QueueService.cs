using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Queues;

/// <summary>Pages, sorts and filters records in the database so the queue stays fast with hundreds of thousands of them.</summary>
public sealed class QueueService(IDbContextFactory<OpsBoardDb> dbs)
{
    public const int MaxPageSize = 200;

    /// <summary>A page of the records <paramref name="viewer"/> may see (security incidents only for those allowed), and their total.</summary>
    public async Task<QueuePage> SearchAsync(QueueRequest request, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = Filter(db.Records.AsNoTracking().VisibleTo(viewer), request.Filter);
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        // The page's ids first, then their rows and names: the filter and sort can then be answered from an index
        // (e.g. Title, Priority, OpenedAt for a text search) instead of reading every matching row in full.
        var page = Sort(query, request.Sort, request.Descending)
            .Skip(Math.Max(0, request.Page) * pageSize)
            .Take(pageSize)
            .Select(r => r.Id);
        var rows = await Sort(db.Records.AsNoTracking().Where(r => page.Contains(r.Id)), request.Sort, request.Descending)
            .Select(r => new QueueRow(r.Number, r.Kind, r.Title, r.Priority, r.Status, r.PendingReason, r.Service!.Name,
                r.AssignmentGroup!.Name, r.Assignee != null ? r.Assignee.Name : null, r.OpenedAt, r.UpdatedAt))
            .ToListAsync(ct);
        return new QueuePage(rows, total);
    }

    private static IQueryable<Record> Filter(IQueryable<Record> query, QueueFilter filter)
    {
        if (filter.GroupId is { } group) query = query.Where(r => r.AssignmentGroupId == group);
        if (filter.Status is { } status) query = query.Where(r => r.Status == status);
        if (filter.OpenOnly) query = query.Where(RecordQueries.IsOpen);
        if (filter.Priority is { } priority) query = query.Where(r => r.Priority == priority);
        if (filter.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (filter.ServiceId is { } service) query = query.Where(r => r.ServiceId == service);
        if (string.IsNullOrWhiteSpace(filter.Text)) return query;
        var text = filter.Text.Trim();
        if (IsNumberOrItsStart(text))
        {
            // A range on the unique index: INC00012 finds INC0001200 to INC0001299 without scanning every title.
            var from = text.ToUpperInvariant();
            var to = from[..^1] + (char)(from[^1] + 1);
            return query.Where(r => r.Number.CompareTo(from) >= 0 && r.Number.CompareTo(to) < 0);
        }
        var pattern = TextSearch.Pattern(text);
        return query.Where(r => EF.Functions.Like(r.Title.ToLower(), pattern, TextSearch.Escape));
    }

    private static bool IsNumberOrItsStart(string text) =>
        text.Length <= RecordNumber.Format(RecordKind.Incident, 0).Length
        && RecordNumber.TryParseKind(text, out var kind)
        && text[RecordNumber.Prefix(kind).Length..].All(char.IsAsciiDigit);

    private static IQueryable<Record> Sort(IQueryable<Record> query, QueueSort sort, bool descending) => (sort, descending) switch
    {
        (QueueSort.Number, false) => query.OrderBy(r => r.Number),
        (QueueSort.Number, true) => query.OrderByDescending(r => r.Number),
        (QueueSort.Title, false) => query.OrderBy(r => r.Title).ThenBy(r => r.Id),
        (QueueSort.Title, true) => query.OrderByDescending(r => r.Title).ThenBy(r => r.Id),
        (QueueSort.Status, false) => query.OrderBy(r => r.Status).ThenBy(r => r.Priority).ThenBy(r => r.Id),
        (QueueSort.Status, true) => query.OrderByDescending(r => r.Status).ThenBy(r => r.Priority).ThenBy(r => r.Id),
        (QueueSort.Group, false) => query.OrderBy(r => r.AssignmentGroup!.Name).ThenBy(r => r.Priority).ThenBy(r => r.Id),
        (QueueSort.Group, true) => query.OrderByDescending(r => r.AssignmentGroup!.Name).ThenBy(r => r.Priority).ThenBy(r => r.Id),
        (QueueSort.Service, false) => query.OrderBy(r => r.Service!.Name).ThenBy(r => r.Priority).ThenBy(r => r.Id),
        (QueueSort.Service, true) => query.OrderByDescending(r => r.Service!.Name).ThenBy(r => r.Priority).ThenBy(r => r.Id),
        (QueueSort.Opened, false) => query.OrderBy(r => r.OpenedAt).ThenBy(r => r.Id),
        (QueueSort.Opened, true) => query.OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id),
        (QueueSort.Updated, false) => query.OrderBy(r => r.UpdatedAt).ThenBy(r => r.Id),
        (QueueSort.Updated, true) => query.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id),
        (_, false) => query.OrderBy(r => r.Priority).ThenBy(r => r.OpenedAt).ThenBy(r => r.Id),
        (_, true) => query.OrderByDescending(r => r.Priority).ThenByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id),
    };
}

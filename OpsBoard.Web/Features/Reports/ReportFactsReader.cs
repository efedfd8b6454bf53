using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// Reads, for one request and viewer, the facts every report figure is computed from: the records, clocks, alerts and
/// relay shares the request can touch, filtered as decision 0012 says. A handful of queries whatever the size; the
/// arithmetic is done in memory.
/// </summary>
public sealed class ReportFactsReader(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, TimeProvider time)
{
    private static readonly Dictionary<string, Status> StatusByText = Enum.GetValues<Status>().ToDictionary(StatusMachine.Describe);

    public async Task<ReportFacts> ReadAsync(ReportRequest request, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        if (request.To <= request.From) throw new ArgumentException("A report's period must end after it starts.", nameof(request));
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (start, end) = (request.From, request.To);
        List<int> groups = [.. request.Groups ?? []];
        var anyGroup = groups.Count == 0;
        var records = db.Records.AsNoTracking().VisibleTo(viewer).Matching(request);

        var clocks = await (
            from t in db.OlaTargets.AsNoTracking()
            join r in records on t.RecordId equals r.Id
            where t.Kind != OlaTargetKind.MajorIncidentUpdate
                && ((t.StoppedAt >= start && t.StoppedAt < end) || (t.BreachedAt >= start && t.BreachedAt < end))
                && (anyGroup || groups.Contains(t.SupportGroupId ?? r.AssignmentGroupId))
            orderby t.Id
            select new ClockRow(t.Id, new ClockFact(t.RecordId, t.Kind, t.Segment, t.SupportGroupId ?? r.AssignmentGroupId, t.Start, t.StoppedAt, t.StopReason, t.BreachedAt)))
            .ToListAsync(ct);

        var alerts = await (
            from a in db.JeopardyAlerts.AsNoTracking()
            join r in records on a.RecordId equals r.Id
            where a.RaisedAt >= start && a.RaisedAt < end
                && (a.Kind == null || a.Kind != OlaTargetKind.MajorIncidentUpdate)
                && (anyGroup || groups.Contains(a.SupportGroupId ?? r.AssignmentGroupId))
            orderby a.Id
            select new AlertFact(a.RecordId, a.SupportGroupId ?? r.AssignmentGroupId, a.RaisedAt, a.AcknowledgedAt))
            .ToListAsync(ct);

        // Records opened or resolved in the period or perhaps open at its end (held by a chosen group), then the records of
        // the clocks and alerts not among them (usually few).
        var rows = await records
            .Where(r => (r.OpenedAt >= start && r.OpenedAt < end) || (r.ResolvedAt >= start && r.ResolvedAt < end) || (r.OpenedAt < end && r.UpdatedAt >= end))
            .Union(records.Where(RecordQueries.IsOpen).Where(r => r.OpenedAt < end))
            .Where(r => anyGroup || groups.Contains(r.AssignmentGroupId))
            .Select(RecordRow.Of)
            .ToListAsync(ct);
        var loaded = rows.Select(r => r.Id).ToHashSet();
        var touched = clocks.Select(c => c.Fact.RecordId).Concat(alerts.Select(a => a.RecordId)).ToHashSet();
        List<long> missing = [.. touched.Where(id => !loaded.Contains(id))];
        if (missing.Count > 0) rows.AddRange(await records.Where(r => missing.Contains(r.Id)).Select(RecordRow.Of).ToListAsync(ct));
        rows.Sort((x, y) => x.Id.CompareTo(y.Id));

        var openAtTo = await OpenAtToAsync(db, rows, end, ct);
        var onlySoc = await OnlySocAsync(db, rows, ct);
        var facts = rows
            .Select(r => new RecordFact(r.Id, r.Number, r.SourceNumber, r.Kind, r.ServiceId, r.GroupId, r.Priority, r.OpenedAt, r.ResolvedAt,
                r.ReassignmentCount, r.ReopenCount, onlySoc.Contains(r.Id), openAtTo.Contains(r.Id)))
            .Where(r => touched.Contains(r.Id) || request.InPeriod(r.OpenedAt) || request.InPeriod(r.ResolvedAt) || r.OpenAtTo)
            .ToList();
        var relay = await RelayAsync(db, clocks, rows, request, ct);
        return new ReportFacts(request, facts, [.. clocks.Select(c => c.Fact)], alerts, relay);
    }

    // Open at To: opened before it and its last status change before it an open status. A record not updated since To
    // has its status now; only the others need their "Status" history.
    private static async Task<HashSet<long>> OpenAtToAsync(OpsBoardDb db, List<RecordRow> rows, DateTimeOffset to, CancellationToken ct)
    {
        var open = rows.Where(r => r.OpenedAt < to && r.UpdatedAt < to && r.Status.IsOpen()).Select(r => r.Id).ToHashSet();
        List<long> changedSince = [.. rows.Where(r => r.OpenedAt < to && r.UpdatedAt >= to).Select(r => r.Id)];
        if (changedSince.Count == 0) return open;
        var changes = await db.History.AsNoTracking()
            .Where(h => changedSince.Contains(h.RecordId) && h.Field == Record.StatusField && h.At < to)
            .Select(h => new { h.RecordId, h.At, h.Id, h.NewValue })
            .ToListAsync(ct);
        foreach (var last in changes.GroupBy(h => h.RecordId).Select(g => g.OrderBy(h => h.At).ThenBy(h => h.Id).Last()))
        {
            if (last.NewValue is { } text && StatusByText.TryGetValue(text, out var status) && status.IsOpen()) open.Add(last.RecordId);
        }
        return open;
    }

    // Only the SOC held it: every segment's group (from its response and resolution clocks) is a SOC group.
    private static async Task<HashSet<long>> OnlySocAsync(OpsBoardDb db, List<RecordRow> rows, CancellationToken ct)
    {
        var soc = (await db.SupportGroups.AsNoTracking().Where(g => g.Line == 1).Select(g => g.Id).ToListAsync(ct)).ToHashSet();
        if (rows.Count == 0) return [];
        // Every segment starts with a response clock. Read by a range of ids (cheap on the index) and kept for the records loaded.
        var (first, last) = (rows[0].Id, rows[^1].Id);
        var ids = rows.Select(r => r.Id).ToHashSet();
        var segments = await db.OlaTargets.AsNoTracking()
            .Where(t => t.RecordId >= first && t.RecordId <= last && t.Segment > 0 && t.Kind == OlaTargetKind.Response)
            .Select(t => new { t.RecordId, t.SupportGroupId })
            .ToListAsync(ct);
        var byRecord = segments.Where(s => ids.Contains(s.RecordId)).ToLookup(s => s.RecordId, s => s.SupportGroupId);
        // A record with no segment clocks has only ever had its current group.
        return rows.Where(r => byRecord.Contains(r.Id)
                ? byRecord[r.Id].All(g => g is { } id && soc.Contains(id))
                : soc.Contains(r.GroupId))
            .Select(r => r.Id).ToHashSet();
    }

    // Each record whose own target breached in the period: the target's counted time inside each group's hold.
    private async Task<IReadOnlyList<RelayShare>> RelayAsync(OpsBoardDb db, List<ClockRow> clocks, List<RecordRow> rows, ReportRequest request, CancellationToken ct)
    {
        List<long> targetIds = [.. clocks.Where(c => c.Fact.Kind == OlaTargetKind.RecordResolution && request.InPeriod(c.Fact.BreachedAt)).Select(c => c.Id)];
        if (targetIds.Count == 0) return [];
        var targets = await db.OlaTargets.AsNoTracking().Include(t => t.Pauses).Where(t => targetIds.Contains(t.Id)).OrderBy(t => t.RecordId).ToListAsync(ct);
        List<long> recordIds = [.. targets.Select(t => t.RecordId)];
        var segments = (await db.OlaTargets.AsNoTracking().Where(t => recordIds.Contains(t.RecordId) && t.Segment > 0).ToListAsync(ct))
            .ToLookup(t => t.RecordId);
        var groupOf = rows.ToDictionary(r => r.Id, r => r.GroupId);
        var book = await policies.GetAsync(ct);
        var now = time.GetUtcNow();
        var end = now < request.To ? now : request.To;
        return [.. targets.SelectMany(t => RelayShares.Of(t, segments[t.RecordId], book.Calendar(t.CalendarName), end, groupOf[t.RecordId]))];
    }

    private sealed record ClockRow(long Id, ClockFact Fact);

    private sealed record RecordRow(long Id, string Number, string? SourceNumber, RecordKind Kind, int ServiceId, int GroupId, Priority Priority, DateTimeOffset OpenedAt,
        DateTimeOffset? ResolvedAt, int ReassignmentCount, int ReopenCount, Status Status, DateTimeOffset UpdatedAt)
    {
        public static readonly System.Linq.Expressions.Expression<Func<Record, RecordRow>> Of = r => new RecordRow(r.Id, r.Number, r.SourceNumber, r.Kind, r.ServiceId,
            r.AssignmentGroupId, r.Priority, r.OpenedAt, r.ResolvedAt, r.ReassignmentCount, r.ReopenCount, r.Status, r.UpdatedAt);
    }
}

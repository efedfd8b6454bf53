using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Wall;

/// <summary>Reads open records for the board, with what their clocks' stored readings say: all of them, or only those named.</summary>
public sealed class BoardReader(IDbContextFactory<OpsBoardDb> dbs)
{
    /// <summary>Every open record, or with <paramref name="numbers"/> only those of them still open.</summary>
    public async Task<BoardRead> ReadAsync(IReadOnlyCollection<string>? numbers, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var catalogue = new BoardCatalogue(
            (await db.SupportGroups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(ct)).ToImmutableDictionary(g => g.Id, g => g.Name),
            (await db.Services.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(ct)).ToImmutableDictionary(s => s.Id, s => s.Name));

        var open = db.Records.AsNoTracking().Where(RecordQueries.IsOpen);
        if (numbers is not null) open = open.Where(r => numbers.Contains(r.Number));
        var records = await open
            .Select(r => new
            {
                r.Id, r.Number, r.Title, r.Kind, r.Priority, r.Status, r.AssignmentGroupId, r.ServiceId, r.OpenedAt,
                r.MajorIncidentDeclaredAt, MajorIncidentManager = r.MajorIncidentManager != null ? r.MajorIncidentManager.Name : null, r.IsSecurityIncident,
            })
            .ToListAsync(ct);
        if (records.Count == 0) return new BoardRead([], catalogue);

        var ids = records.Select(r => r.Id).ToList();
        var clocks = numbers is null
            ? db.OlaTargets.AsNoTracking().Where(t => open.Any(r => r.Id == t.RecordId))
            : db.OlaTargets.AsNoTracking().Where(t => ids.Contains(t.RecordId));
        var readings = (await clocks
                .Select(t => new ClockRow(t.RecordId, t.Kind, t.State, t.StoppedAt == null, t.Due, t.BreachedAt))
                .ToListAsync(ct))
            .ToLookup(c => c.RecordId);

        var board = ImmutableArray.CreateBuilder<BoardRecord>(records.Count);
        foreach (var r in records)
        {
            // A major incident's update clock is no OLA target: it goes on the banner, not into the record's state.
            var own = readings[r.Id].Where(c => c.Kind != OlaTargetKind.MajorIncidentUpdate).ToList();
            var running = own.Where(c => c.Running).ToList();
            var update = readings[r.Id].LastOrDefault(c => c.Kind == OlaTargetKind.MajorIncidentUpdate && c.Running);
            board.Add(new BoardRecord(
                r.Number, r.Title, r.Kind, r.Priority, r.Status,
                r.AssignmentGroupId, catalogue.Groups.GetValueOrDefault(r.AssignmentGroupId, $"Group {r.AssignmentGroupId}"),
                r.ServiceId, catalogue.Services.GetValueOrDefault(r.ServiceId, $"Service {r.ServiceId}"),
                running.Count == 0 ? null : running.Max(c => c.State),
                running.Where(c => c.Due is not null).Min(c => c.Due),
                own.Max(c => c.BreachedAt),
                r.OpenedAt,
                r.MajorIncidentDeclaredAt is { } declared ? new BoardMajorIncident(declared, r.MajorIncidentManager ?? "no one named", update?.Due, update?.State) : null,
                r.IsSecurityIncident));
        }
        return new BoardRead(board.ToImmutable(), catalogue);
    }

    private sealed record ClockRow(long RecordId, OlaTargetKind Kind, JeopardyState State, bool Running, DateTimeOffset? Due, DateTimeOffset? BreachedAt);
}

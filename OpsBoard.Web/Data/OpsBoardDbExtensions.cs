using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

public static class OpsBoardDbExtensions
{
    public static async Task<PriorityMatrix> LoadPriorityMatrixAsync(this OpsBoardDb db, CancellationToken ct = default)
    {
        var cells = await db.PriorityMatrix.AsNoTracking().ToListAsync(ct);
        return new PriorityMatrix(cells.Select(c => new PriorityMatrixCell(c.Impact, c.Urgency, c.Priority)));
    }

    /// <summary>The support groups of a person in the CMDB (none for an account that is no one's).</summary>
    public static async Task<IReadOnlyList<int>> GroupsOfPersonAsync(this OpsBoardDb db, int? personId, CancellationToken ct = default) =>
        personId is { } id ? await db.People.Where(p => p.Id == id).SelectMany(p => p.Groups.Select(g => g.Id)).ToListAsync(ct) : [];

    public static async Task<OlaPolicyBook> LoadPolicyBookAsync(this OpsBoardDb db, CancellationToken ct = default)
    {
        var policies = await db.OlaPolicies.AsNoTracking().ToListAsync(ct);
        var calendars = await db.Calendars.AsNoTracking().Include(c => c.Versions).ToListAsync(ct);
        return new OlaPolicyBook(policies.Select(p => p.ToPolicy()), calendars.Select(c => c.ToCalendar()));
    }

    /// <summary>Takes the next number of a kind's series inside the caller's transaction, so two records never share one.</summary>
    public static async Task<string> NextNumberAsync(this OpsBoardDb db, RecordKind kind, CancellationToken ct = default) =>
        (await NextNumbersAsync(db, kind, 1, ct))[0];

    /// <summary>Takes the next number of a series by its prefix (PRB, CHG) inside the caller's transaction.</summary>
    public static async Task<long> NextSequenceAsync(this OpsBoardDb db, string prefix, CancellationToken ct = default)
    {
        await db.NumberSeries.Where(n => n.Prefix == prefix).ExecuteUpdateAsync(s => s.SetProperty(n => n.LastNumber, n => n.LastNumber + 1), ct);
        return await db.NumberSeries.Where(n => n.Prefix == prefix).Select(n => n.LastNumber).SingleAsync(ct);
    }

    /// <summary>Takes the next <paramref name="count"/> numbers of a kind's series at once, inside the caller's transaction.</summary>
    public static async Task<IReadOnlyList<string>> NextNumbersAsync(this OpsBoardDb db, RecordKind kind, int count, CancellationToken ct = default)
    {
        if (count == 0) return [];
        var prefix = RecordNumber.Prefix(kind);
        await db.NumberSeries.Where(n => n.Prefix == prefix)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LastNumber, n => n.LastNumber + count), ct);
        var last = await db.NumberSeries.Where(n => n.Prefix == prefix).Select(n => n.LastNumber).SingleAsync(ct);
        return [.. Enumerable.Range(0, count).Select(i => RecordNumber.Format(kind, last - count + 1 + i))];
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.HistoryImport;

/// <summary>
/// Writes imported records with their history, clocks and pauses by prepared INSERTs in the caller's transaction, several
/// times faster than SaveChanges for tens of thousands of rows. Records and clocks get their keys here
/// (<see cref="StoreKeys"/>), so their history and pauses can name them.
/// </summary>
public static class ImportWriter
{
    public static async Task WriteAsync(OpsBoardDb db, IReadOnlyList<Record> records, CancellationToken ct)
    {
        var recordKeys = await StoreKeys.ReserveAsync<Record>(db, records.Count, ct);
        var clockKeys = await StoreKeys.ReserveAsync<OlaTarget>(db, records.Sum(r => r.Clocks.Count), ct);
        var nextClock = 0;
        var history = new List<HistoryEntry>();
        var clocks = new List<OlaTarget>();
        var pauses = new List<OlaPause>();
        foreach (var (record, recordKey) in records.Zip(recordKeys))
        {
            Set(db, record, nameof(Record.Id), recordKey);
            foreach (var entry in record.History) Set(db, entry, nameof(HistoryEntry.RecordId), recordKey);
            history.AddRange(record.History);
            foreach (var clock in record.Clocks)
            {
                var clockKey = clockKeys[nextClock++];
                Set(db, clock, nameof(OlaTarget.Id), clockKey);
                Set(db, clock, nameof(OlaTarget.RecordId), recordKey);
                foreach (var pause in clock.Pauses) Set(db, pause, nameof(OlaPause.OlaTargetId), clockKey);
                clocks.Add(clock);
                pauses.AddRange(clock.Pauses);
            }
        }
        await PreparedInsert.InsertAsync(db, records, ct, withKeys: true);
        await PreparedInsert.InsertAsync(db, history, ct);
        await PreparedInsert.InsertAsync(db, clocks, ct, withKeys: true);
        await PreparedInsert.InsertAsync(db, pauses, ct);
    }

    // The domain keeps keys and foreign keys private to itself; EF's model knows the properties and sets them as it would.
    private static void Set<T>(OpsBoardDb db, T entity, string property, long value) where T : class =>
        db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.PropertyInfo!.SetValue(entity, value);
}

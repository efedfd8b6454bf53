using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.HistoryImport;

/// <summary>
/// Writes imported records with their history, clocks and pauses by prepared INSERTs in the caller's transaction, several
/// times faster than SaveChanges for tens of thousands of rows. Records and clocks get their keys here, after the largest
/// stored, so their history and pauses can name them; the caller holds the write lock, so nobody takes those keys meanwhile.
/// </summary>
public static class ImportWriter
{
    public static async Task WriteAsync(OpsBoardDb db, IReadOnlyList<Record> records, CancellationToken ct)
    {
        var nextRecord = await LargestKeyAsync<Record>(db, ct);
        var nextClock = await LargestKeyAsync<OlaTarget>(db, ct);
        var history = new List<HistoryEntry>();
        var clocks = new List<OlaTarget>();
        var pauses = new List<OlaPause>();
        foreach (var record in records)
        {
            Set(db, record, nameof(Record.Id), ++nextRecord);
            foreach (var entry in record.History) Set(db, entry, nameof(HistoryEntry.RecordId), nextRecord);
            history.AddRange(record.History);
            foreach (var clock in record.Clocks)
            {
                Set(db, clock, nameof(OlaTarget.Id), ++nextClock);
                Set(db, clock, nameof(OlaTarget.RecordId), nextRecord);
                foreach (var pause in clock.Pauses) Set(db, pause, nameof(OlaPause.OlaTargetId), nextClock);
                clocks.Add(clock);
                pauses.AddRange(clock.Pauses);
            }
        }
        await PreparedInsert.InsertAsync(db, records, ct, withKeys: true);
        await PreparedInsert.InsertAsync(db, history, ct);
        await PreparedInsert.InsertAsync(db, clocks, ct, withKeys: true);
        await PreparedInsert.InsertAsync(db, pauses, ct);
    }

    private static async Task<long> LargestKeyAsync<T>(OpsBoardDb db, CancellationToken ct)
    {
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The domain keeps keys and foreign keys private to itself; EF's model knows the properties and sets them as it would.
    private static void Set<T>(OpsBoardDb db, T entity, string property, long value) where T : class =>
        db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.PropertyInfo!.SetValue(entity, value);
}

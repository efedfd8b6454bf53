using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpsBoard.Web.Data;

/// <summary>
/// Keys for rows a caller writes with their keys given (<see cref="PreparedInsert"/> with keys), so their children can name
/// them before they are written. On SQLite, the next keys after the largest stored: the caller holds the write lock, so
/// nobody takes them meanwhile. On PostgreSQL, taken from the table's own sequence, so another node adding rows at the
/// same time gets others.
/// </summary>
public static class StoreKeys
{
    public static async Task<IReadOnlyList<long>> ReserveAsync<T>(OpsBoardDb db, int count, CancellationToken ct) where T : class
    {
        if (count == 0) return [];
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName();
        var column = entity.FindPrimaryKey()!.Properties[0].GetColumnName();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.IsNpgsql())
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"{table}\"', '{column}')) FROM generate_series(1, {count})";
            var keys = new List<long>(count);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) keys.Add(reader.GetInt64(0));
            return keys;
        }
        command.CommandText = $"SELECT COALESCE(MAX(\"{column}\"), 0) FROM \"{table}\"";
        var largest = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(i => largest + i)];
    }
}

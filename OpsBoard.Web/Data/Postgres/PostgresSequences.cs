using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpsBoard.Web.Data.Postgres;

/// <summary>
/// PostgreSQL numbers new rows from a sequence that rows written with their own keys do not move (the migrations' seed
/// rows: policies, calendars, the priority matrix). Brings each table's sequence past its largest key, so the next row
/// the app adds does not take a key already used.
/// </summary>
public static class PostgresSequences
{
    public static async Task SyncAsync(OpsBoardDb db, CancellationToken ct = default)
    {
        foreach (var (table, column) in GeneratedKeys(db.Model))
        {
            // setval(seq, max, true) makes the next value max + 1; on an empty table, setval(seq, 1, false) makes it 1.
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), " +
                $"COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 1), (SELECT MAX(\"{column}\") FROM \"{table}\") IS NOT NULL)";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    /// <summary>The tables whose single integer key the database generates.</summary>
    private static IEnumerable<(string Table, string Column)> GeneratedKeys(IModel model) =>
        from entity in model.GetEntityTypes()
        where entity.GetTableName() is not null && entity.FindPrimaryKey() is { Properties.Count: 1 }
        let key = entity.FindPrimaryKey()!.Properties[0]
        where key.ValueGenerated == ValueGenerated.OnAdd && (key.ClrType == typeof(int) || key.ClrType == typeof(long))
        select (entity.GetTableName()!, key.GetColumnName());
}

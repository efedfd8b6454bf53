using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpsBoard.Web.Data;

namespace OpsBoard.Bench;

/// <summary>
/// Writes entities with one prepared INSERT per row inside the caller's transaction: ~50 times faster than
/// SaveChanges for 100,000 rows. Columns and value conversions come from the EF model, so it follows the schema.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(OpsBoardDb db, IReadOnlyList<T> entities, CancellationToken ct = default)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Plain columns, then the columns of complex properties (an OLA target's thresholds), each with how to read it.
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey() || p.ValueGenerated == ValueGenerated.Never)
            .Select(p => (Property: p, Read: (Func<object, object?>)(row => ProviderValue(p, row))))
            .Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p =>
                (Property: p, Read: (Func<object, object?>)(row => ProviderValue(p, c.GetGetter().GetClrValue(row)!))))))
            .ToList();
        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Begin a transaction first: one per row would fsync every row.");
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToList();
        command.Prepare();
        foreach (var row in entities)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Read(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static object? ProviderValue(IProperty property, object row)
    {
        // Shadow properties (the record's Version) start from their CLR default.
        var value = property.IsShadowProperty() ? Activator.CreateInstance(property.ClrType) : property.GetGetter().GetClrValue(row);
        var converter = property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}

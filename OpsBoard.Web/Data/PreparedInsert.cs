using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpsBoard.Web.Data;

/// <summary>
/// Writes entities with one prepared INSERT per row inside the caller's transaction: many times faster than
/// SaveChanges for many rows (the sweep's history, the benchmarks' data). Generated keys are not read back. Columns and value conversions come from the EF model, so it follows the schema.
/// </summary>
public static class PreparedInsert
{
    /// <param name="withKeys">Write the keys the caller gave the entities (so their children can name them) instead of letting SQLite number them.</param>
    public static async Task InsertAsync<T>(OpsBoardDb db, IReadOnlyList<T> entities, CancellationToken ct = default, bool withKeys = false)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Plain columns, then the columns of complex properties (an OLA target's thresholds), each with how to read it.
        var columns = entity.GetProperties().Where(p => withKeys || !p.IsPrimaryKey() || p.ValueGenerated == ValueGenerated.Never)
            .Select(p => (Property: p, Read: (Func<object, object?>)(row => ProviderValue(p, row))))
            .Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p =>
                (Property: p, Read: (Func<object, object?>)(row => ProviderValue(p, c.GetGetter().GetClrValue(row)!))))))
            .ToList();
        if (entities.Count == 0) return;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Begin a transaction first: one per row would fsync every row.");
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) => Parameter(command, $"@p{i}", c.Property)).ToList();
        await command.PrepareAsync(ct);
        foreach (var row in entities)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Read(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// A parameter of <paramref name="command"/> typed as the model maps <paramref name="property"/>'s column (PostgreSQL
    /// prepares only typed parameters); the caller sets its value, converted to the provider's type, for each row.
    /// </summary>
    public static DbParameter Parameter(DbCommand command, string name, IProperty property)
    {
        var parameter = property.GetRelationalTypeMapping().CreateParameter(command, name, null, nullable: true);
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static object? ProviderValue(IProperty property, object row)
    {
        // Shadow properties (the record's Version) start from their CLR default.
        var value = property.IsShadowProperty() ? Activator.CreateInstance(property.ClrType) : property.GetGetter().GetClrValue(row);
        var converter = property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}

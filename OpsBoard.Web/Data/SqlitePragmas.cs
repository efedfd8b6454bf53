using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsBoard.Web.Data;

/// <summary>
/// Sets each SQLite connection up the same way: SQLite itself waits for the write lock (finer than the driver's
/// 150 ms retry sleeps, which gave concurrent writers multi-second tails), and WAL commits skip the fsync that only
/// guards against power loss: a killed process still loses nothing committed.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

public static class SqliteOptions
{
    /// <summary>The one way OpsBoard opens SQLite, for the app, its tests and its benchmarks.</summary>
    public static TBuilder UseOpsBoardSqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);
        return options;
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsBoard.Web.Data.Postgres;

namespace OpsBoard.Web.Data;

public static class DataRegistration
{
    /// <summary>
    /// The database through a context factory, one short-lived context per operation: <see cref="IDbContextFactory{OpsBoardDb}"/> (and a scoped <see cref="OpsBoardDb"/>, for Identity) on either provider;
    /// on PostgreSQL the contexts are <see cref="PostgresOpsBoardDb"/>, so they find PostgreSQL's migrations.
    /// </summary>
    public static IServiceCollection AddOpsBoardDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        if (!database.IsPostgres) return services.AddDbContextFactory<OpsBoardDb>(o => o.UseOpsBoardSqlite(database.ConnectionString));
        services.AddDbContextFactory<PostgresOpsBoardDb>(o => o.UseOpsBoardPostgres(database.ConnectionString));
        services.AddSingleton<IDbContextFactory<OpsBoardDb>, PostgresContexts>();
        services.AddScoped<OpsBoardDb>(sp => sp.GetRequiredService<PostgresOpsBoardDb>());
        return services;
    }

    /// <summary>
    /// Applies the committed migrations and loads demo data into an empty database unless told not to. On SQLite it turns
    /// on WAL; on PostgreSQL nodes starting together take turns, so only the first loads the demo data.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        await using var turn = await PrepareTurn.TakeAsync(database);
        var dbs = services.GetRequiredService<IDbContextFactory<OpsBoardDb>>();
        await using var db = await dbs.CreateDbContextAsync();
        await RefuseUnknownMigrationsAsync(db, database);
        await db.Database.MigrateAsync();
        if (database.IsPostgres) await PostgresSequences.SyncAsync(db);
        else await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (configuration.GetValue("OpsBoard:DemoData", true) && !await db.Records.AnyAsync())
        {
            var clock = services.GetRequiredService<TimeProvider>();
            var count = await new DemoData(db, clock.GetUtcNow(), configuration.GetValue("OpsBoard:DemoRecords", 200)).LoadAsync();
            logger.LogInformation("Loaded demo data: {Count} records. Set OpsBoard:DemoData=false to start empty.", count);
        }
    }

    /// <summary>
    /// A database made by a build whose migrations this build does not have cannot be brought up to date; say so, and where
    /// the data is, instead of failing half-way through a migration with "table already exists".
    /// </summary>
    private static async Task RefuseUnknownMigrationsAsync(OpsBoardDb db, DatabaseOptions database)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync()).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0) return;
        var move = database.IsPostgres ? "Point ConnectionStrings:OpsBoard at a new database" : "Move the file aside to start with a new database";
        throw new InvalidOperationException(
            $"The database {database.Describe()} was made by another version of OpsBoard (it has migrations this version does not know: " +
            $"{string.Join(", ", unknown)}). {move}, or run the version that made it.");
    }

    /// <summary>The contexts of <see cref="PostgresOpsBoardDb"/>'s factory, as the <see cref="OpsBoardDb"/> every feature asks for.</summary>
    private sealed class PostgresContexts(IDbContextFactory<PostgresOpsBoardDb> postgres) : IDbContextFactory<OpsBoardDb>
    {
        public OpsBoardDb CreateDbContext() => postgres.CreateDbContext();

        public async Task<OpsBoardDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await postgres.CreateDbContextAsync(cancellationToken);
    }

    /// <summary>
    /// On PostgreSQL, a session advisory lock held while one node migrates and loads demo data: a second node starting at
    /// the same moment waits, then finds the schema current and the records there. SQLite serves one process.
    /// </summary>
    private sealed class PrepareTurn(NpgsqlConnection? connection) : IAsyncDisposable
    {
        private const long LockKey = 0x0B5B0A7D;

        public static async Task<PrepareTurn> TakeAsync(DatabaseOptions database)
        {
            if (!database.IsPostgres) return new PrepareTurn(null);
            var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection);
            await command.ExecuteNonQueryAsync();
            return new PrepareTurn(connection);
        }

        public async ValueTask DisposeAsync()
        {
            if (connection is null) return;
            // Unlocked by hand: a pooled connection's session, and its locks, outlive Dispose.
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection))
            {
                await command.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }
}

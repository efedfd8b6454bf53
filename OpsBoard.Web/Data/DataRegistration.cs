using Microsoft.EntityFrameworkCore;
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
    /// Applies the committed migrations and loads demo data into an empty database unless told not to; on SQLite it turns
    /// on WAL. Nodes starting together call it in turn (<see cref="StartupTurn"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
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
}

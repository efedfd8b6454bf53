using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpsBoard.Web.Data;

public static class DataRegistration
{
    /// <summary>SQLite through a context factory: one short-lived context per operation.</summary>
    public static IServiceCollection AddOpsBoardData(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("OpsBoard");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "opsboard.db")}";
        }
        else
        {
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        services.AddDbContextFactory<OpsBoardDb>(o => o.UseOpsBoardSqlite(connectionString));
        return services;
    }

    /// <summary>Applies the committed migrations, turns on WAL, and loads demo data into an empty database unless told not to.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var dbs = services.GetRequiredService<IDbContextFactory<OpsBoardDb>>();
        await using var db = await dbs.CreateDbContextAsync();
        await RefuseUnknownMigrationsAsync(db);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (configuration.GetValue("OpsBoard:DemoData", true) && !await db.Records.AnyAsync())
        {
            var clock = services.GetRequiredService<TimeProvider>();
            var count = await new DemoData(db, clock.GetUtcNow(), configuration.GetValue("OpsBoard:DemoRecords", 200)).LoadAsync();
            logger.LogInformation("Loaded demo data: {Count} records. Set OpsBoard:DemoData=false to start empty.", count);
        }
    }

    /// <summary>
    /// A database made by a build whose migrations this build does not have cannot be brought up to date; say so, and where
    /// the file is, instead of failing half-way through a migration with "table already exists".
    /// </summary>
    private static async Task RefuseUnknownMigrationsAsync(OpsBoardDb db)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync()).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0) return;
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        throw new InvalidOperationException(
            $"The database {Path.GetFullPath(file)} was made by another version of OpsBoard (it has migrations this version does not know: " +
            $"{string.Join(", ", unknown)}). Move the file aside to start with a new database, or run the version that made it.");
    }
}

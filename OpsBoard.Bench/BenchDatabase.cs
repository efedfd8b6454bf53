using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Web.Data;

namespace OpsBoard.Bench;

/// <summary>A SQLite file prepared exactly as the app prepares its own (migrations, WAL), with the demo CMDB; deleted on dispose.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private BenchDatabase(string path)
    {
        Path = path;
        provider = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddOpsBoardDatabase(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}"))
            .BuildServiceProvider();
        Factory = provider.GetRequiredService<IDbContextFactory<OpsBoardDb>>();
    }

    public string Path { get; }

    public IDbContextFactory<OpsBoardDb> Factory { get; }

    public DemoCmdb Cmdb { get; private set; } = null!;

    /// <summary>Keep the file after the run (for sqlite3 and EXPLAIN QUERY PLAN).</summary>
    public bool Keep { get; init; }

    public static async Task<BenchDatabase> CreateAsync(bool keep = false)
    {
        var database = new BenchDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opsboard-bench-{Guid.NewGuid():N}.db")) { Keep = keep };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpsBoard:DemoData"] = "false" }).Build();
        await database.provider.PrepareDatabaseAsync(configuration, NullLogger.Instance);
        await using var db = await database.Factory.CreateDbContextAsync();
        database.Cmdb = await new DemoData(db, TimeProvider.System.GetUtcNow(), 0).LoadCmdbAsync();
        return database;
    }

    /// <summary>
    /// Adds demo records in batches of 10,000, each batch opened across the whole span, made by the demo data's own
    /// lifecycle walk (so statuses, groups, priorities and times are realistic) and written by <see cref="PreparedInsert"/>.
    /// Without their history, which the queue never reads.
    /// </summary>
    public async Task AddRecordsAsync(int count, TimeSpan span, int batchSize = 10_000)
    {
        var now = TimeProvider.System.GetUtcNow();
        for (var (done, batch) = (0, 0); done < count; done += batchSize, batch++)
        {
            await using var db = await Factory.CreateDbContextAsync();
            var records = await new DemoData(db, now, seed: 7_000 + batch).NewRecordsAsync(Cmdb, Math.Min(batchSize, count - done), span);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await PreparedInsert.InsertAsync(db, records);
            await db.SaveChangesAsync(); // the number series, moved on by NewRecordsAsync
            await transaction.CommitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Keep) return;
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

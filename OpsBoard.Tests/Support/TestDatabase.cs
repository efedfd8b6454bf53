using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Support;

/// <summary>A real SQLite file in the temp folder in WAL mode, migrated and (by default) loaded with the demo data; deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private TestDatabase(string path)
    {
        Path = path;
        provider = new ServiceCollection()
            .AddDbContextFactory<OpsBoardDb>(o => o.UseOpsBoardSqlite($"Data Source={path}"))
            .BuildServiceProvider();
        Factory = provider.GetRequiredService<IDbContextFactory<OpsBoardDb>>();
    }

    public string Path { get; }

    public IDbContextFactory<OpsBoardDb> Factory { get; }

    /// <summary>The change feed the services built on this database publish to; subscribe to see what they published.</summary>
    public ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);

    public static async Task<TestDatabase> CreateAsync(DateTimeOffset now, int demoRecords = 200)
    {
        var database = new TestDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opsboard-test-{Guid.NewGuid():N}.db"));
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        // As the app does (PrepareDatabaseAsync): WAL, so concurrent readers and writers behave as in production.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await new DemoData(db, now, demoRecords).LoadAsync();
        return database;
    }

    /// <summary>The auto-close rule on this database's calendars, as the app configures it.</summary>
    public AutoCloseRule AutoCloseRule(int businessDays = OpsBoard.Domain.Records.AutoClose.DefaultBusinessDays) =>
        new(new OlaPolicyStore(Factory), businessDays);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

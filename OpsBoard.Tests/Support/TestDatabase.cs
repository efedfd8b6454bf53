using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Data;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Support;

/// <summary>
/// A real database of this run's provider (<see cref="TestStore"/>: a SQLite file in WAL mode, or a PostgreSQL database),
/// migrated and (by default) loaded with the demo data; deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private TestDatabase(TestStore store)
    {
        Store = store;
        provider = new ServiceCollection().AddOpsBoardDatabase(store.Options).BuildServiceProvider();
        Factory = provider.GetRequiredService<IDbContextFactory<OpsBoardDb>>();
    }

    public TestStore Store { get; }

    public DatabaseOptions Options => Store.Options;

    public IDbContextFactory<OpsBoardDb> Factory { get; }

    /// <summary>The change feed the services built on this database publish to; subscribe to see what they published.</summary>
    public ChangeFeed Feed { get; } = new(NullLogger<ChangeFeed>.Instance);

    /// <param name="provider">This run's provider unless given (tests of several nodes need PostgreSQL whatever the run).</param>
    public static async Task<TestDatabase> CreateAsync(DateTimeOffset now, int demoRecords = 200, DatabaseProvider? provider = null)
    {
        var database = new TestDatabase(TestStore.New(provider));
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        // As the app does (PrepareDatabaseAsync): WAL, so concurrent readers and writers behave as in production.
        if (!database.Options.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await new DemoData(db, now, demoRecords).LoadAsync();
        return database;
    }

    /// <summary>The auto-close rule on this database's calendars, as the app configures it.</summary>
    public AutoCloseRule AutoCloseRule(int businessDays = OpsBoard.Domain.Records.AutoClose.DefaultBusinessDays) =>
        new(new OlaPolicyStore(Factory), businessDays);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Store.Delete();
    }
}

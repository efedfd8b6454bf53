using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.Data;

public class PrepareDatabaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ADatabaseFromAnotherVersion_StopsStartUp_NamingTheFile_AndIsLeftAsItWas()
    {
        await using var database = await TestDatabase.CreateAsync(Now, demoRecords: 10);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20990101000000_FromTheFuture', '10.0.0')");
        }
        var records = await CountRecordsAsync(database);

        await using var services = new ServiceCollection()
            .AddOpsBoardDatabase(database.Options)
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            services.PrepareDatabaseAsync(new ConfigurationBuilder().Build(), NullLogger.Instance));

        Assert.Contains(database.Options.Describe(), refused.Message);
        Assert.Contains("20990101000000_FromTheFuture", refused.Message);
        Assert.Contains(database.Options.IsPostgres ? "Point ConnectionStrings:OpsBoard at a new database" : "Move the file aside", refused.Message);
        Assert.Equal(records, await CountRecordsAsync(database));
    }

    [Fact]
    public async Task ADatabaseOfThisVersion_StartsAsBefore()
    {
        await using var database = await TestDatabase.CreateAsync(Now, demoRecords: 10);
        var records = await CountRecordsAsync(database);
        await using var services = new ServiceCollection()
            .AddOpsBoardDatabase(database.Options)
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();

        await services.PrepareDatabaseAsync(new ConfigurationBuilder().Build(), NullLogger.Instance);

        Assert.Equal(records, await CountRecordsAsync(database));
    }

    private static async Task<int> CountRecordsAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Records.CountAsync();
    }
}

using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.ScaleOut;

/// <summary>
/// Two OpsBoard nodes, each its own process on its own loopback port, sharing one PostgreSQL database (data, Hangfire's jobs,
/// cookie keys) and one Redis (the backplane and the change feed, on a channel prefix of their own so parallel tests do not
/// hear each other), both running the background jobs: what a deployment behind a proxy runs.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(TestDatabase database, AppProcess a, AppProcess b)
    {
        Database = database;
        A = a;
        B = b;
    }

    /// <summary>The shared database, for the test to open records on with its own clock and to read what the nodes stored.</summary>
    public TestDatabase Database { get; }

    public AppProcess A { get; }

    public AppProcess B { get; }

    /// <summary>Starts node A, then node B, on a new PostgreSQL database with <paramref name="demoRecords"/> demo records opened at <paramref name="now"/>.</summary>
    public static async Task<TwoNodes> StartAsync(DateTimeOffset now, int demoRecords = 20)
    {
        var database = await TestDatabase.CreateAsync(now, demoRecords, DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string>
        {
            ["OpsBoard__Redis"] = TestServices.Redis,
            ["OpsBoard__RedisChannelPrefix"] = $"opsboard-test-{Guid.NewGuid():N}",
        };
        AppProcess? a = null;
        try
        {
            a = await AppProcess.StartAsync(settings, database.Store);
            var b = await AppProcess.StartAsync(settings, database.Store);
            return new TwoNodes(database, a, b);
        }
        catch
        {
            if (a is not null) await a.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>An API client of <paramref name="node"/>, calling as the demo administrator.</summary>
    public static HttpClient Client(AppProcess node)
    {
        var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OpsBoardApp.AdminToken);
        return client;
    }

    /// <summary>A real SignalR client of <paramref name="node"/>'s board hub, as the demo administrator.</summary>
    public static Task<BoardClient> HubClientAsync(AppProcess node) => BoardClient.ConnectAsync(node.Address, OpsBoardApp.AdminToken);

    /// <summary>Both nodes' output, for failure messages.</summary>
    public string Output => $"Node A:\n{A.Output}\nNode B:\n{B.Output}";

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace OpsBoard.Tests.Support;

/// <summary>The real app over its own SQLite file and a fake clock. With <see cref="OnLoopbackPort"/> it serves on 127.0.0.1 for a real browser.</summary>
public sealed class OpsBoardApp : WebApplicationFactory<Program>
{
    /// <summary>The app's clock for in-process tests; it moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.MondayMorning);

    /// <summary>The app's clock when it serves a real browser (<see cref="OnLoopbackPort"/>).</summary>
    public FlowingClock BrowserClock { get; } = new(TestClock.MondayMorning);

    /// <summary>The app's SQLite file: a new one by default; give an existing one to start an app on another's data.</summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"opsboard-app-{Guid.NewGuid():N}.db");

    /// <summary>Leaves <see cref="DatabasePath"/> in place on dispose, for a second app to start on it.</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>The loopback port to serve on (<see cref="OnLoopbackPort"/>); 0 takes any free one. Fixed, a new app can take over from a stopped one.</summary>
    public int Port { get; init; }

    public bool DemoData { get; init; } = true;

    /// <summary>Runs Hangfire's server (the 2-second OLA sweep) in the app. Off by default, so a test decides when clocks are swept.</summary>
    public bool Jobs { get; init; }

    /// <summary>How many demo records to load with the demo CMDB; fewer start the app faster.</summary>
    public int DemoRecords { get; init; } = 200;

    public bool OnLoopbackPort { get; init; }

    /// <summary>More settings, by their configuration keys (for example "OpsBoard:Events:RatePerKey").</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The address of the started server; for a loopback app, a real http://127.0.0.1:port/.</summary>
    public Uri Address => OnLoopbackPort ? new Uri(ServerAddress) : Server.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:OpsBoard", $"Data Source={DatabasePath}");
        builder.UseSetting("OpsBoard:DemoData", DemoData.ToString());
        builder.UseSetting("OpsBoard:Jobs:Enabled", Jobs.ToString());
        builder.UseSetting("OpsBoard:DemoRecords", DemoRecords.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(OnLoopbackPort ? BrowserClock : Clock);
        });
        if (OnLoopbackPort)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        }
    }

    private string ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            return addresses.First().TrimEnd('/') + "/";
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!KeepDatabase) DeleteDatabase(DatabasePath);
    }

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A loopback port free now, to give <see cref="Port"/>.</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace OpsBoard.Tests.Support;

/// <summary>The real app over its own database (<see cref="TestStore"/>: a SQLite file, or PostgreSQL on that pass) and a fake clock. With <see cref="OnLoopbackPort"/> it serves on 127.0.0.1 for a real browser.</summary>
public sealed class OpsBoardApp : WebApplicationFactory<Program>
{
    /// <summary>The app's clock for in-process tests; it moves only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(TestClock.MondayMorning);

    /// <summary>The app's clock when it serves a real browser (<see cref="OnLoopbackPort"/>).</summary>
    public FlowingClock BrowserClock { get; } = new(TestClock.MondayMorning);

    /// <summary>The app's database: a new one by default; give another app's to start on its data.</summary>
    public TestStore Store { get; init; } = TestStore.New();

    /// <summary>Leaves <see cref="Store"/> in place on dispose, for a second app to start on it.</summary>
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

    /// <summary>The demo administrator's access token (demo data on); <see cref="CreateClient"/> clients send it unless made anonymous.</summary>
    public const string AdminToken = "test-admin-token-000000000000000001";

    /// <summary>The first administrator when demo data is off (from OpsBoard:Access).</summary>
    public const string FirstAdminEmail = "admin@opsboard.test";

    public const string FirstAdminPassword = "Test-Admin-Password-2026";

    /// <summary>Who a browser signs in as by default: the demo administrator, or the first administrator without demo data.</summary>
    public (string Email, string Password) Admin => DemoData
        ? (OpsBoard.Web.Features.Access.Accounts.Demo[^1].Email, OpsBoard.Web.Features.Access.Accounts.DemoPassword)
        : (FirstAdminEmail, FirstAdminPassword);

    private readonly Lazy<string> adminToken;

    public OpsBoardApp()
    {
        adminToken = new Lazy<string>(() => DemoData ? AdminToken : IssueFirstAdminTokenAsync().GetAwaiter().GetResult());
    }

    /// <summary>Every client calls the API as an administrator; <see cref="AnonymousClient"/> as nobody, <see cref="ClientFor"/> as one demo user.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminToken.Value);
    }

    /// <summary>A real HTTP client of a loopback app (<see cref="OnLoopbackPort"/>), calling as the administrator.</summary>
    public HttpClient LoopbackClient()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminToken.Value);
        return client;
    }

    public HttpClient AnonymousClientWithoutRedirects()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    public HttpClient AnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client with a new access token of the demo user with that email.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        using var scope = Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OpsBoard.Web.Features.Access.OpsBoardUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}.");
        var (_, secret) = await Services.GetRequiredService<OpsBoard.Web.Features.Access.AccessTokens>().IssueAsync(user.Id, "Test", "Test");
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>The access token of the first administrator, issued once, when demo data is off.</summary>
    public string AdminAccessToken => adminToken.Value;

    private async Task<string> IssueFirstAdminTokenAsync()
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OpsBoard.Web.Features.Access.OpsBoardUser>>();
        // The first administrator, or on a database made with demo data, its administrator.
        var user = (await users.GetUsersInRoleAsync(OpsBoard.Web.Features.Access.Roles.Admin)).OrderBy(u => u.Email == FirstAdminEmail ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException("No administrator.");
        return (await Services.GetRequiredService<OpsBoard.Web.Features.Access.AccessTokens>().IssueAsync(user.Id, "Test admin", "Test")).Secret;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Store.Settings) builder.UseSetting(key, value);
        builder.UseSetting("OpsBoard:DemoData", DemoData.ToString());
        builder.UseSetting("OpsBoard:Jobs:Enabled", Jobs.ToString());
        builder.UseSetting("OpsBoard:DemoRecords", DemoRecords.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting(OpsBoard.Web.Features.Access.Accounts.AdminTokenSetting, AdminToken);
        builder.UseSetting("OpsBoard:Access:AdminEmail", FirstAdminEmail);
        builder.UseSetting("OpsBoard:Access:AdminPassword", FirstAdminPassword);
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
        if (!KeepDatabase) Store.Delete();
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

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace OpsBoard.Tests.Support;

/// <summary>
/// The built OpsBoard.Web run as a real child process (<c>dotnet OpsBoard.Web.dll</c>, Development) on a free loopback port
/// over its own SQLite file (or a database it is given, which several nodes may share), with the demo data and a demo
/// integration key, so a test can kill it with SIGKILL and start it again on the same data. Its output is kept for failure
/// messages; it is killed on dispose, and its own database deleted.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string DemoIntegrationKey = "crash-test-integration-key-0001";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(15);
    private const int KeptLines = 400;
    private const int PortAttempts = 3;

    private readonly Queue<string> output = new();
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly bool ownsStore;
    private Process? process;
    private int runs;

    private AppProcess(TestStore store, bool ownsStore, IReadOnlyDictionary<string, string> settings)
    {
        Store = store;
        this.ownsStore = ownsStore;
        this.settings = settings;
    }

    public TestStore Store { get; }

    /// <summary>The running server's address, http://127.0.0.1:port/ (a new port on each start).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>How the last run ended: 137 (128 + SIGKILL) after <see cref="KillAsync"/>.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>The last lines the app wrote to stdout and stderr, each marked with its run, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output) return string.Join(Environment.NewLine, output);
        }
    }

    /// <summary>
    /// Starts the app on a new SQLite file, or on <paramref name="store"/> when given (left in place on dispose, for the
    /// test to delete: other nodes may share it), with demo data on, <see cref="DemoIntegrationKey"/> as the demo integration
    /// and event rate limits out of the way, and returns once it is healthy. <paramref name="settings"/> are more
    /// configuration, as environment variables (OpsBoard__Section__Name).
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, TestStore? store = null)
    {
        var app = new AppProcess(store ?? TestStore.New(Web.Data.DatabaseProvider.Sqlite), store is null, settings ?? new Dictionary<string, string>());
        try
        {
            await app.StartAgainAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the app (again) on <see cref="Store"/> and returns once /healthz answers 200.</summary>
    public async Task StartAgainAsync()
    {
        if (process is { HasExited: false }) throw new InvalidOperationException("The app is still running; kill it first.");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var (run, started) = Launch(port);
            if (await WaitUntilStartedAsync(run, started)) break;
            // Another process can take the free port between our look and the app's bind: try another one.
            if (attempt < PortAttempts && Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase)) continue;
            throw new InvalidOperationException($"OpsBoard.Web exited (code {ExitCode}) before it started.\n{Output}");
        }
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var health = await http.GetAsync("/healthz");
        if (health.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"OpsBoard.Web started but /healthz answered {(int)health.StatusCode}: {await health.Content.ReadAsStringAsync()}\n{Output}");
        }
    }

    /// <summary>
    /// Kills the whole app with SIGKILL (what Process.Kill sends on Linux), at once and without any shutdown, without
    /// waiting: requests in flight get no answer. <see cref="WaitForExitAsync"/> then confirms it is gone.
    /// </summary>
    public void Kill()
    {
        var running = process ?? throw new InvalidOperationException("The app was never started.");
        running.Kill(entireProcessTree: true);
    }

    /// <summary>Waits (bounded) until the killed app has exited and its output is read; fails unless SIGKILL ended it.</summary>
    public async Task WaitForExitAsync()
    {
        var running = process ?? throw new InvalidOperationException("The app was never started.");
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await running.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"OpsBoard.Web (pid {running.Id}) was still running {ExitTimeout.TotalSeconds} s after SIGKILL.\n{Output}");
        }
        ExitCode = running.ExitCode;
        if (ExitCode != 128 + 9) throw new InvalidOperationException($"OpsBoard.Web ended with code {ExitCode}, not 137 (SIGKILL).\n{Output}");
    }

    /// <summary>A read-only connection to the app's SQLite file (it may be running): for a test to look at what is stored.</summary>
    public async Task<SqliteConnection> OpenReadOnlyAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Store.SqlitePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The built OpsBoard.Web.dll for this test build's configuration: the web project's own output, else the copy beside the tests.</summary>
    public static string WebAppDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent?.Name ?? "Release");
        var candidates = new List<string>();
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpsBoard.sln")))
            {
                candidates.Add(Path.Combine(folder.FullName, "OpsBoard.Web", "bin", configuration, framework, "OpsBoard.Web.dll"));
                break;
            }
        }
        candidates.Add(Path.Combine(output.FullName, "OpsBoard.Web.dll"));
        return candidates.FirstOrDefault(dll => File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
            ?? throw new InvalidOperationException(
                $"Build the app first (dotnet build OpsBoard.sln -c {configuration}): no runnable OpsBoard.Web.dll at {string.Join(" or ", candidates)}.");
    }

    // The new process, and a task that completes when it says "Application started".
    private (Process Child, Task Started) Launch(int port)
    {
        var dll = WebAppDll();
        var run = ++runs;
        Address = new Uri($"http://127.0.0.1:{port}/");
        // The dotnet host running these tests runs the app too; "dotnet" on the PATH otherwise.
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var web = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "..", "..", ".."));
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = File.Exists(Path.Combine(web, "OpsBoard.Web.csproj")) ? web : Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["OpsBoard__DemoData"] = "true",
            ["OpsBoard__DemoRecords"] = "20",
            ["OpsBoard__Demo__IntegrationKey"] = DemoIntegrationKey,
            ["OpsBoard__Demo__AdminToken"] = OpsBoardApp.AdminToken,
            ["OpsBoard__Events__RatePerKey"] = "1000000",
            ["OpsBoard__Events__BurstPerKey"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
            // "Application started." is what says the app is up.
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in Store.Settings) environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        foreach (var (name, value) in settings) environment[name] = value;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var child = new Process { StartInfo = start, EnableRaisingEvents = true };
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        child.OutputDataReceived += (_, e) =>
        {
            Keep(run, e.Data);
            if (e.Data?.Contains("Application started", StringComparison.Ordinal) == true) started.TrySetResult();
        };
        child.ErrorDataReceived += (_, e) => Keep(run, e.Data);
        Keep(run, $"dotnet {dll} on {Address} over {Store.Options.Describe()}");
        if (!child.Start()) throw new InvalidOperationException($"Could not start {host} {dll}.");
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        process = child;
        ExitCode = null;
        return (child, started.Task);
    }

    // True once the app says it has started; false when it exits first. Bounded by StartTimeout.
    private async Task<bool> WaitUntilStartedAsync(Process child, Task started)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = child.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(started, exited) == started) return true;
        if (exited.IsCanceled) throw new TimeoutException($"OpsBoard.Web did not start within {StartTimeout.TotalSeconds} s.\n{Output}");
        ExitCode = child.ExitCode;
        return false;
    }

    private void Keep(int run, string? line)
    {
        if (string.IsNullOrEmpty(line)) return;
        lock (output)
        {
            output.Enqueue($"[run {run}] {line}");
            while (output.Count > KeptLines) output.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { } running)
        {
            if (!running.HasExited)
            {
                running.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(ExitTimeout);
                await running.WaitForExitAsync(timeout.Token);
            }
            running.Dispose();
        }
        if (ownsStore) Store.Delete();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpsBoard.Bench;

/// <summary>
/// The built app (OpsBoard.Web/bin/Release) in its own process on a free loopback port over a given SQLite file, so its
/// memory can be read from outside without the load driver's own. Workstation GC, so the resident size follows live data
/// more closely than with server GC's large per-core heaps.
/// </summary>
public sealed class WallServer : IAsyncDisposable
{
    private readonly Process process;

    private WallServer(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Resident memory of the server process now, in bytes.</summary>
    public long ResidentBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>
    /// The live managed heap after a full GC, read with dotnet-gcdump (a path to it in OPSBOARD_GCDUMP; install it with
    /// 'dotnet tool install dotnet-gcdump --tool-path DIR'); null without it. The dump is left at <paramref name="dump"/>.
    /// </summary>
    public async Task<long?> HeapBytesAsync(string dump)
    {
        if (Environment.GetEnvironmentVariable("OPSBOARD_GCDUMP") is not { Length: > 0 } tool) return null;
        await RunAsync(tool, ["collect", "-p", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", dump]);
        var report = await RunAsync(tool, ["report", dump]);
        var line = report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
        return long.Parse(line.Trim().Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        using var run = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not run {tool}.");
        var output = await run.StandardOutput.ReadToEndAsync();
        await run.WaitForExitAsync();
        return output;
    }

    public static async Task<WallServer> StartAsync(string databasePath)
    {
        var web = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../OpsBoard.Web"));
        var dll = Path.Combine(web, "bin/Release/net10.0/OpsBoard.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"Build the app first: dotnet build OpsBoard.Web -c Release (no {dll}).");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        // Development serves the static assets (_framework, _content) from the build output, as PACKAGES.md notes.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__OpsBoard"] = $"Data Source={databasePath}";
        start.Environment["OpsBoard__DemoData"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"  app: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new WallServer(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException($"The app stopped with exit code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            await Task.Delay(250);
        }
        await server.DisposeAsync();
        throw new TimeoutException("The app did not answer /healthz within 60 s.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpsBoard.Bench;

/// <summary>
/// A server a benchmark runs as its own process on a free loopback port, so its clients (SignalR clients, a browser)
/// do not share its runtime and its CPU and memory can be read from outside; killed on dispose.
/// </summary>
public sealed class ChildServer : IAsyncDisposable
{
    private readonly Process process;

    private ChildServer(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>CPU time the server has used so far: what a change costs it, whatever else the machine is doing.</summary>
    public TimeSpan Cpu
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Resident memory of the server process now, in bytes.</summary>
    public long ResidentBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>The built OpsBoard.Web next to this benchmark's build (same configuration), and its project folder.</summary>
    public static (string Dll, string Directory) WebApp()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var project = Path.GetFullPath(Path.Combine(output.FullName, "..", "..", "..", "..", "OpsBoard.Web"));
        var dll = Path.Combine(project, "bin", configuration, framework, "OpsBoard.Web.dll");
        return File.Exists(dll) ? (dll, project) : throw new InvalidOperationException($"Build the app first: {dll} is missing (dotnet build -c {configuration}).");
    }

    /// <summary>
    /// The live managed heap after a full GC, read with dotnet-gcdump (a path to it in OPSBOARD_GCDUMP; install it with
    /// 'dotnet tool install dotnet-gcdump --tool-path DIR'); null without it. The dump is left at <paramref name="dump"/>.
    /// </summary>
    public async Task<long?> HeapBytesAsync(string dump)
    {
        if (Environment.GetEnvironmentVariable("OPSBOARD_GCDUMP") is not { Length: > 0 } tool) return null;
        await RunToolAsync(tool, ["collect", "-p", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", dump]);
        var report = await RunToolAsync(tool, ["report", dump]);
        var line = report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
        return long.Parse(line.Trim().Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunToolAsync(string tool, string[] arguments)
    {
        using var run = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not run {tool}.");
        var output = await run.StandardOutput.ReadToEndAsync();
        await run.WaitForExitAsync();
        return output;
    }

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> and returns once <paramref name="readyPath"/> answers.</summary>
    public static async Task<ChildServer> StartAsync(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment,
        string readyPath, params string[] arguments)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, e) => Echo(dll, e.Data);
        process.ErrorDataReceived += (_, e) => Echo(dll, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ChildServer(process, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited) break;
            try
            {
                if ((await http.GetAsync(readyPath)).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"{dll} did not answer {readyPath} at {address} within 90 s.");
    }

    /// <summary>The server's output line, cut at 500 characters: a failed command's log lists every parameter, tens of thousands of them.</summary>
    private static void Echo(string dll, string? line)
    {
        if (line is not { Length: > 0 }) return;
        Console.WriteLine($"    [{Path.GetFileNameWithoutExtension(dll)}] {(line.Length > 500 ? $"{line[..500]}... ({line.Length:N0} characters)" : line)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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

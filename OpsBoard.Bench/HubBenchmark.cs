using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Bench;

/// <summary>
/// Change-to-client latency: from the start of an API call that changes a record to a hub client's receipt of its
/// boardEvent, for every client, against a bare SignalR broadcast of the same-sized event to as many clients in the same
/// run. The app and the bare server each run as their own process on loopback; the clients run here.
/// </summary>
public static class HubBenchmark
{
    private static readonly (int Clients, int Rate, double TargetP99)[] Loads = [(200, 20, 100), (1_000, 10, 250)];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(int seconds)
    {
        var database = Path.Combine(Path.GetTempPath(), $"opsboard-hub-bench-{Guid.NewGuid():N}.db");
        var (web, webDirectory) = ChildServer.WebApp();
        try
        {
            await using var app = await ChildServer.StartAsync(web, webDirectory, new Dictionary<string, string>
            {
                ["ConnectionStrings__OpsBoard"] = $"Data Source={database}",
                ["OpsBoard__Jobs__Enabled"] = "false",
                ["OpsBoard__DemoData"] = "true",
                ["OpsBoard__DemoRecords"] = "0",
                ["OpsBoard__Demo__AdminToken"] = HubClients.AdminToken,
            }, "/healthz");
            await using var bare = await ChildServer.StartAsync(typeof(HubBenchmark).Assembly.Location, AppContext.BaseDirectory,
                new Dictionary<string, string>(), "/ready", BareHubServer.Command);
            using var appHttp = new HttpClient { BaseAddress = app.Address };
            appHttp.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", HubClients.AdminToken);
            using var bareHttp = new HttpClient { BaseAddress = bare.Address };
            var catalogue = await appHttp.GetFromJsonAsync<CatalogueView>("/api/catalogue", Json) ?? throw new InvalidOperationException("No catalogue.");

            var sample = new BoardEvent(BoardEventType.RecordCreated, "INC0000123", TimeProvider.System.GetUtcNow(), RecordKind.Incident, 12, null, 7, Priority.P3, Status.New);
            Console.WriteLine($"Hub: API call -> boardEvent at each SignalR .NET client (WebSockets, loopback), {seconds} s per run after {WarmUp.TotalSeconds:F0} s warm-up " +
                $"(each server first warmed by 15 s at 20 changes/s to 10 clients); " +
                $"app pid {app.ProcessId} (SQLite file, jobs off), bare hub pid {bare.ProcessId}; event {JsonSerializer.Serialize(sample, Json).Length} B, " +
                $"bare event {JsonSerializer.Serialize(BareHubServer.Payload(123, sample.At), Json).Length} B");
            Console.WriteLine($"  {"clients",7} {"changes/s",9} | {"app p50",8} {"app p99",8} | {"bare p50",8} {"bare p99",8} | {"ratio p50",9} {"ratio p99",9} | {"API p50",8} {"API p99",8} | {"late",5} {"target p99",10} | server CPU per change: app, bare");
            // Without it the first load measures the JIT's tiering and EF's first queries: 38 ms of app CPU per change instead of 6.
            var appHub = new Uri(app.Address, BoardHub.Path.TrimStart('/'));
            var bareHub = new Uri(bare.Address, BareHubServer.HubPath.TrimStart('/'));
            await MeasureAsync(app, appHub, 10, 20, 15, new ApiChanges(appHttp, catalogue));
            await MeasureAsync(bare, bareHub, 10, 20, 15, new BareChanges(bareHttp));
            foreach (var (clients, rate, target) in Loads)
            {
                var fromApp = await MeasureAsync(app, appHub, clients, rate, seconds, new ApiChanges(appHttp, catalogue));
                var fromBare = await MeasureAsync(bare, bareHub, clients, rate, seconds, new BareChanges(bareHttp));
                var p99 = fromApp.Latency.Percentile(99);
                Console.WriteLine($"  {clients,7:N0} {rate,9} | {fromApp.Latency.Median,6:F1}ms {p99,6:F1}ms | {fromBare.Latency.Median,6:F1}ms {fromBare.Latency.Percentile(99),6:F1}ms | " +
                    $"{fromApp.Latency.Median / fromBare.Latency.Median,8:F1}x {p99 / fromBare.Latency.Percentile(99),8:F1}x | {fromApp.Api.Median,6:F1}ms {fromApp.Api.Percentile(99),6:F1}ms | " +
                    $"{fromApp.Missing + fromBare.Missing,5} {(p99 <= target ? "met" : "MISSED"),6} {target,3:F0}ms | {fromApp.CpuPerChange:F1} ms, {fromBare.CpuPerChange:F1} ms");
                Console.Out.Flush();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
        }
    }

    private sealed record Run(Timings Latency, Timings Api, int Missing, double CpuPerChange);

    /// <summary>Connects the clients, warms up, then makes <paramref name="rate"/> changes a second for <paramref name="seconds"/> and matches every arrival.</summary>
    private static async Task<Run> MeasureAsync(ChildServer server, Uri hub, int clientCount, int rate, int seconds, IHubChange change)
    {
        await using var clients = await HubClients.ConnectAsync(hub, clientCount);
        var warm = new ConcurrentDictionary<(string, BoardEventType), long>();
        await DriveAsync(change, rate, (int)(rate * WarmUp.TotalSeconds), warm, new Timings());
        await ArrivedAsync(clients, warm);
        clients.Clear();

        var sent = new ConcurrentDictionary<(string, BoardEventType), long>();
        var api = new Timings();
        var cpu = server.Cpu;
        await DriveAsync(change, rate, rate * seconds, sent, api);
        await ArrivedAsync(clients, sent);
        var cpuPerChange = (server.Cpu - cpu).TotalMilliseconds / sent.Count;
        var latency = new Timings();
        var missing = clients.Match(sent, latency);
        return new Run(latency, api, missing, cpuPerChange);
    }

    /// <summary>Open loop: each call starts on its schedule, whether or not the ones before it have returned.</summary>
    private static async Task DriveAsync(IHubChange change, int rate, int count, ConcurrentDictionary<(string, BoardEventType), long> sent, Timings api)
    {
        var start = Stopwatch.GetTimestamp();
        var calls = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            calls.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                var key = await change.MakeAsync(CancellationToken.None);
                api.Add(Stopwatch.GetElapsedTime(started));
                sent[key] = started;
            }));
        }
        await Task.WhenAll(calls);
    }

    /// <summary>Waits, up to 30 s after the last call, for every client to have every event; the bench reports as late any that had not come by then.</summary>
    private static async Task ArrivedAsync(HubClients clients, IReadOnlyDictionary<(string, BoardEventType), long> sent)
    {
        var waited = Stopwatch.StartNew();
        while (clients.Missing(sent) > 0 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
    }
}

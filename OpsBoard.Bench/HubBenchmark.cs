using System.Text.Json;
using OpsBoard.Domain.Records;
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

    public static async Task RunAsync(int seconds)
    {
        await using var store = NodeStore.Sqlite();
        await using var nodes = await OpsBoardNodes.StartAsync(store, 1, new Dictionary<string, string>
        {
            ["OpsBoard__Jobs__Enabled"] = "false",
            ["OpsBoard__DemoData"] = "true",
            ["OpsBoard__DemoRecords"] = "0",
            ["OpsBoard__Demo__AdminToken"] = HubClients.AdminToken,
        });
        var app = nodes.First;
        await using var bare = await ChildServer.StartAsync(typeof(HubBenchmark).Assembly.Location, AppContext.BaseDirectory,
            new Dictionary<string, string>(), "/ready", BareHubServer.Command);
        using var appHttp = ApiChanges.AdminClient(app.Address);
        using var bareHttp = new HttpClient { BaseAddress = bare.Address };
        var apiChanges = await ApiChanges.ThroughAsync(appHttp);

        var sample = new BoardEvent(BoardEventType.RecordCreated, "INC0000123", TimeProvider.System.GetUtcNow(), RecordKind.Incident, 12, null, 7, Priority.P3, Status.New);
        Console.WriteLine($"Hub: API call -> boardEvent at each SignalR .NET client (WebSockets, loopback), {seconds} s per run after {ChangeLatency.WarmUp.TotalSeconds:F0} s warm-up " +
            $"(each server first warmed by 15 s at 20 changes/s to 10 clients); " +
            $"app pid {app.ProcessId} (SQLite file, jobs off), bare hub pid {bare.ProcessId}; event {JsonSerializer.Serialize(sample, ApiChanges.Json).Length} B, " +
            $"bare event {JsonSerializer.Serialize(BareHubServer.Payload(123, sample.At), ApiChanges.Json).Length} B");
        Console.WriteLine($"  {"clients",7} {"changes/s",9} | {"app p50",8} {"app p99",8} | {"bare p50",8} {"bare p99",8} | {"ratio p50",9} {"ratio p99",9} | {"API p50",8} {"API p99",8} | {"late",5} {"target p99",10} | server CPU per change: app, bare");
        // Without it the first load measures the JIT's tiering and EF's first queries: 38 ms of app CPU per change instead of 6.
        IReadOnlyList<Uri> appHub = [ChangeLatency.HubOf(app.Address)];
        IReadOnlyList<Uri> bareHub = [new Uri(bare.Address, BareHubServer.HubPath.TrimStart('/'))];
        await ChangeLatency.MeasureAsync([app], appHub, 10, 20, 15, apiChanges);
        await ChangeLatency.MeasureAsync([bare], bareHub, 10, 20, 15, new BareChanges(bareHttp));
        foreach (var (clients, rate, target) in Loads)
        {
            var fromApp = await ChangeLatency.MeasureAsync([app], appHub, clients, rate, seconds, apiChanges);
            var fromBare = await ChangeLatency.MeasureAsync([bare], bareHub, clients, rate, seconds, new BareChanges(bareHttp));
            var p99 = fromApp.Latency.Percentile(99);
            Console.WriteLine($"  {clients,7:N0} {rate,9} | {fromApp.Latency.Median,6:F1}ms {p99,6:F1}ms | {fromBare.Latency.Median,6:F1}ms {fromBare.Latency.Percentile(99),6:F1}ms | " +
                $"{fromApp.Latency.Median / fromBare.Latency.Median,8:F1}x {p99 / fromBare.Latency.Percentile(99),8:F1}x | {fromApp.Api.Median,6:F1}ms {fromApp.Api.Percentile(99),6:F1}ms | " +
                $"{fromApp.Missing + fromBare.Missing,5} {(p99 <= target ? "met" : "MISSED"),6} {target,3:F0}ms | {fromApp.CpuPerChange:F1} ms, {fromBare.CpuPerChange:F1} ms");
            if (fromApp.Failed + fromBare.Failed > 0) Console.WriteLine($"  ({fromApp.Failed} app calls and {fromBare.Failed} bare calls failed; their changes were not waited for)");
            Console.Out.Flush();
        }
    }
}

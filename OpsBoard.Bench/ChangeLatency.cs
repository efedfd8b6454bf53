using System.Collections.Concurrent;
using System.Diagnostics;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Bench;

/// <summary>
/// Change-to-client latency, the measuring part of the hub and scale-out benchmarks: clients on each of a list of hubs
/// (one per node), changes made at a steady rate by one <see cref="IHubChange"/>, and for each client and each change
/// the time from the start of its call to the client's receipt of its boardEvent, per hub.
/// </summary>
public static class ChangeLatency
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The latencies of the clients of each hub (in the order of the hubs), the time of each call, the arrivals still missing
    /// 30 s after the last call, the calls the server refused or failed (their changes are not waited for), and the servers' CPU per change.
    /// </summary>
    public sealed record Run(IReadOnlyList<Timings> ByHub, Timings Api, int Missing, int Failed, double CpuPerChange)
    {
        public Timings Latency { get; } = Timings.Of(ByHub);
    }

    /// <summary>The board hub of the node at <paramref name="node"/>.</summary>
    public static Uri HubOf(Uri node) => new(node, BoardHub.Path.TrimStart('/'));

    /// <summary>
    /// Connects <paramref name="clientsPerHub"/> clients to each hub, warms up, then makes <paramref name="rate"/> changes a
    /// second for <paramref name="seconds"/> and matches every arrival. <paramref name="servers"/> are the processes whose CPU a change costs.
    /// </summary>
    public static async Task<Run> MeasureAsync(IReadOnlyList<ChildServer> servers, IReadOnlyList<Uri> hubs, int clientsPerHub, int rate, int seconds, IHubChange change)
    {
        var groups = new List<HubClients>(hubs.Count);
        try
        {
            foreach (var hub in hubs) groups.Add(await HubClients.ConnectAsync(hub, clientsPerHub));
            var warm = new ConcurrentDictionary<(string, BoardEventType), long>();
            await DriveAsync(change, rate, (int)(rate * WarmUp.TotalSeconds), warm, new Timings());
            await ArrivedAsync(groups, warm);
            foreach (var clients in groups) clients.Clear();

            var sent = new ConcurrentDictionary<(string, BoardEventType), long>();
            var api = new Timings();
            var cpu = Cpu(servers);
            var failed = await DriveAsync(change, rate, rate * seconds, sent, api);
            await ArrivedAsync(groups, sent);
            var cpuPerChange = (Cpu(servers) - cpu).TotalMilliseconds / Math.Max(1, sent.Count);
            var byHub = groups.Select(_ => new Timings()).ToList();
            var missing = groups.Select((clients, i) => clients.Match(sent, byHub[i])).Sum();
            return new Run(byHub, api, missing, failed, cpuPerChange);
        }
        finally
        {
            foreach (var clients in groups) await clients.DisposeAsync();
        }
    }

    private static TimeSpan Cpu(IReadOnlyList<ChildServer> servers) => servers.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Cpu);

    /// <summary>Open loop: each call starts on its schedule, whether or not the ones before it have returned. How many calls failed.</summary>
    private static async Task<int> DriveAsync(IHubChange change, int rate, int count, ConcurrentDictionary<(string, BoardEventType), long> sent, Timings api)
    {
        var failed = 0;
        var start = Stopwatch.GetTimestamp();
        var calls = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            calls.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var key = await change.MakeAsync(CancellationToken.None);
                    api.Add(Stopwatch.GetElapsedTime(started));
                    sent[key] = started;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // A 500 or a timeout under overload: counted, and no event is waited for.
                    Interlocked.Increment(ref failed);
                }
            }));
        }
        await Task.WhenAll(calls);
        return failed;
    }

    /// <summary>Waits, up to 30 s after the last call, for every client to have every event; the bench reports as late any that had not come by then.</summary>
    private static async Task ArrivedAsync(IReadOnlyList<HubClients> groups, IReadOnlyDictionary<(string, BoardEventType), long> sent)
    {
        var waited = Stopwatch.StartNew();
        while (groups.Sum(clients => clients.Missing(sent)) > 0 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
    }
}

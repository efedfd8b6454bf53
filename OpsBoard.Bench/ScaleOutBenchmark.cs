namespace OpsBoard.Bench;

/// <summary>
/// The scale-out, side by side: the app on SQLite with one node, on PostgreSQL with one node, and on PostgreSQL with two
/// nodes sharing a Redis (backplane and change feed). For each, on a new database with the demo data and jobs on:
/// change-to-client latency (changes through the first node's API; clients spread over the nodes, so on two nodes half
/// are on the other node and each of their events crosses Redis), then event ingest (senders spread over the nodes):
/// durable events a second, the time to each 202, and how long after the load every stored event was applied.
/// </summary>
public static class ScaleOutBenchmark
{
    public const string PostgresSetting = "OPSBOARD_BENCH_POSTGRES";
    public const string RedisSetting = "OPSBOARD_BENCH_REDIS";

    /// <summary>Hub clients in all, split evenly over the nodes, and the changes a second made through the first node.</summary>
    private const int Clients = 200;
    private const int Rate = 20;

    /// <summary>Event senders in all, split evenly over the nodes, each with one request in flight.</summary>
    private const int Senders = 64;

    private static readonly TimeSpan NodeWarmUp = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Ingest's warm-up is short and the wait for the processor bounded, so the command stays within minutes: the processor
    /// applies new EVTs far slower than the intake stores them, and would take minutes to clear a long warm-up's backlog.
    /// </summary>
    private static readonly TimeSpan IngestWarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDrain = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(int seconds)
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresSetting);
        var redis = Environment.GetEnvironmentVariable(RedisSetting);
        if (string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(redis))
        {
            Console.Error.WriteLine(Missing(postgres, redis));
            return 1;
        }
        Console.WriteLine($"Scale-out: per setup a new database with the demo data, jobs on; {seconds} s per measurement after warm-ups; " +
            $"{Environment.ProcessorCount} cores, load average {EventBenchmark.LoadAverage()} at the start.");
        Console.WriteLine($"  change to client: {Rate} API changes/s through node A (half new incidents, half notes), {Clients} SignalR clients split over the nodes, " +
            $"from the start of the call to each client's boardEvent. Ingest: {Senders} senders, one PagerDuty trigger in flight each, new dedup keys, split over the nodes.");
        var rows = new List<Row>
        {
            await MeasureAsync("SQLite, 1 node", () => Task.FromResult(NodeStore.Sqlite()), 1, null, seconds),
            await MeasureAsync("PostgreSQL, 1 node", () => NodeStore.PostgresAsync(postgres), 1, null, seconds),
            await MeasureAsync("PostgreSQL, 2 nodes, Redis", () => NodeStore.PostgresAsync(postgres), 2, redis, seconds),
        };
        Console.WriteLine();
        Console.WriteLine($"Scale-out figures (load average {EventBenchmark.LoadAverage()} at the end):");
        Console.WriteLine($"  {"setup",-27} | {"events/s",8} {"p50",8} {"p99",8} {"not 202",8} {"applied",8} {"applied/s",9} {"cores",5} | {"clients",-24} {"p50",8} {"p99",8} {"max",8} {"late",4} {"failed",6} | {"API p50",8}");
        foreach (var row in rows)
        {
            var ingest = row.Ingest;
            var applied = row.Drain.AllApplied ? $"+{row.Drain.Waited.TotalSeconds:F1}s" : $">{row.Drain.Waited.TotalSeconds:F0}s";
            var (a, b) = (row.Latency.ByHub[0], row.Latency.ByHub.ElementAtOrDefault(1));
            Console.WriteLine($"  {row.Setup,-27} | {ingest.Rate,8:N0} {Ms(ingest.Latency.Median)} {Ms(ingest.Latency.Percentile(99))} {ingest.Refused.Values.Sum(),8} {applied,8} {row.Drain.AppliedPerSecond,9:N0} " +
                $"{ingest.AppCpu / ingest.Elapsed,5:F1} | {$"{row.ClientsPerNode} on A",-24} {Spread(a)} {row.Latency.Missing,4} {row.Latency.Failed,6} | {Ms(row.Latency.Api.Median)}");
            if (b is not null)
            {
                Console.WriteLine($"  {"",-27} | {"",8} {"",8} {"",8} {"",8} {"",8} {"",9} {"",5} | {$"{row.ClientsPerNode} on B (across Redis)",-24} {Spread(b)} {"",4} {"",6} |");
            }
        }
        Console.WriteLine($"  applied: how long after the load's end every stored event had been applied (waited for at most {LongestDrain.TotalSeconds:F0} s); " +
            "applied/s: the processors' rate from the load's start until then; cores: the nodes' CPU during the load; late: arrivals missing 30 s after the last change; failed: API changes answered with an error or timed out.");
        return 0;
    }

    private static string Ms(double milliseconds) => $"{milliseconds,6:F1}ms";

    /// <summary>p50, p99 and max of <paramref name="latency"/>, or that none arrived (as on a second node without a working Redis).</summary>
    private static string Spread(Timings latency) => latency.Count == 0
        ? $"{"none arrived",-26}"
        : $"{Ms(latency.Median)} {Ms(latency.Percentile(99))} {Ms(latency.Max)}";

    private static string Missing(string? postgres, string? redis)
    {
        var unset = new[] { (PostgresSetting, postgres), (RedisSetting, redis) }.Where(s => string.IsNullOrWhiteSpace(s.Item2)).Select(s => s.Item1).ToList();
        return $"""
            scaleout needs a PostgreSQL server and a Redis it may use; {string.Join(" and ", unset)} {(unset.Count > 1 ? "are" : "is")} not set.
              {PostgresSetting}: an Npgsql connection string to the server, as a user allowed to create databases (the bench
                creates a new database for each setup and drops it after), e.g. "Host=127.0.0.1;Port=5434;Username=postgres".
              {RedisSetting}: a StackExchange.Redis configuration string, e.g. "127.0.0.1:6393".
            Private ones on loopback (Debian's postgresql and redis-server packages; PostgreSQL refuses to run as root):
              mkdir -p /tmp/benchpg && chown postgres /tmp/benchpg
              runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D /tmp/benchpg -A trust -U postgres
              runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/benchpg -o "-p 5434 -k /tmp/benchpg -c listen_addresses=127.0.0.1 -c max_connections=300" -l /tmp/benchpg/log -w start
              redis-server --port 6393 --bind 127.0.0.1 --daemonize yes --save '' --appendonly no
            then:
              {PostgresSetting}="Host=127.0.0.1;Port=5434;Username=postgres" {RedisSetting}=127.0.0.1:6393 dotnet run -c Release --project OpsBoard.Bench -- scaleout
            Stop them after: runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/benchpg stop; redis-cli -p 6393 shutdown nosave
            """;
    }

    private sealed record Row(string Setup, int ClientsPerNode, ChangeLatency.Run Latency, EventLoad Ingest, IntakeBacklog.Drain Drain);

    private static async Task<Row> MeasureAsync(string setup, Func<Task<NodeStore>> newStore, int nodeCount, string? redis, int seconds)
    {
        Console.WriteLine($"{setup}:");
        await using var store = await newStore();
        var settings = new Dictionary<string, string>(EventSenders.NodeSettings)
        {
            ["OpsBoard__Demo__AdminToken"] = HubClients.AdminToken,
        };
        if (redis is not null)
        {
            settings["OpsBoard__Redis"] = redis;
            // Its own channels, so nothing of an earlier run (or of anyone else on that Redis) reaches these nodes.
            settings["OpsBoard__RedisChannelPrefix"] = $"opsboard-bench-{Guid.NewGuid():N}";
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var nodes = await OpsBoardNodes.StartAsync(store, nodeCount, settings);
        Console.WriteLine($"  {nodeCount} node(s) ready in {started.Elapsed.TotalSeconds:F0} s (pids {string.Join(", ", nodes.Nodes.Select(n => n.ProcessId))}) on {store.Database.Describe()}");
        var hubs = nodes.Nodes.Select(n => ChangeLatency.HubOf(n.Address)).ToList();

        // Warm each node's API path and every node's hub first, so the figures are not the JIT's and EF's first queries.
        foreach (var node in nodes.Nodes)
        {
            using var through = ApiChanges.AdminClient(node.Address);
            await ChangeLatency.MeasureAsync(nodes.Nodes, hubs, 5, Rate, (int)NodeWarmUp.TotalSeconds, await ApiChanges.ThroughAsync(through));
        }
        using var http = ApiChanges.AdminClient(nodes.First.Address);
        var latency = await ChangeLatency.MeasureAsync(nodes.Nodes, hubs, Clients / nodeCount, Rate, seconds, await ApiChanges.ThroughAsync(http));
        Console.WriteLine($"  change to client (p50, p99, max): clients on A {Spread(latency.ByHub[0]).Trim()}" +
            (nodeCount > 1 ? $", clients on B (across Redis) {Spread(latency.ByHub[1]).Trim()}" : "") +
            $"; {latency.Missing} late, {latency.Failed} calls failed; API p50 {latency.Api.Median:F1} ms; nodes' CPU {latency.CpuPerChange:F1} ms per change");

        using var senders = new EventSenders(nodes.Nodes, Senders);
        var backlog = new IntakeBacklog(store.Database);
        var run = Guid.NewGuid().ToString("N")[..8];
        byte[] NewKey(long n) => EventSenders.Trigger($"{run}-{n}", n);
        await senders.DriveAsync(EventBenchmark.Enqueue, NewKey, IngestWarmUp);
        await backlog.DrainAsync(await backlog.MarkAsync(), LongestDrain);
        var start = await backlog.MarkAsync();
        var ingest = await senders.DriveAsync(EventBenchmark.Enqueue, NewKey, TimeSpan.FromSeconds(seconds));
        var drain = await backlog.DrainAsync(start, LongestDrain);
        Console.WriteLine($"  ingest: {ingest.Rate:N0} durable events/s, p50 {ingest.Latency.Median:F1} ms, p99 {ingest.Latency.Percentile(99):F1} ms, not 202: {ingest.RefusedText}; " +
            $"processor {drain.Describe("the load")}");
        Console.Out.Flush();
        return new Row(setup, Clients / nodeCount, latency, ingest, drain);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OpsBoard.Bench;

/// <summary>
/// The event load of the events and scale-out benchmarks: monitoring tools posting PagerDuty events over keep-alive
/// HTTP/1.1 connections, each with one request in flight, the senders spread evenly over the app's nodes.
/// </summary>
public sealed class EventSenders : IDisposable
{
    /// <summary>The demo integration's key the nodes are started with (<see cref="NodeSettings"/>).</summary>
    public const string Key = "bench-events-integration-key-0001";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly IReadOnlyList<ChildServer> nodes;
    private readonly List<HttpClient> clients;

    public EventSenders(IReadOnlyList<ChildServer> nodes, int inFlight)
    {
        this.nodes = nodes;
        InFlight = inFlight;
        var perNode = (inFlight + nodes.Count - 1) / nodes.Count;
        clients = nodes.Select(node => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = perNode,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = node.Address,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        }).ToList();
    }

    public int InFlight { get; }

    /// <summary>What a node needs to take the load: the demo integration with <see cref="Key"/>, and rate limits raised out of the way.</summary>
    public static IReadOnlyDictionary<string, string> NodeSettings { get; } = new Dictionary<string, string>
    {
        ["OpsBoard__DemoData"] = "true",
        ["OpsBoard__Demo__IntegrationKey"] = Key,
        ["OpsBoard__Events__RatePerKey"] = "10000000",
        ["OpsBoard__Events__BurstPerKey"] = "10000000",
    };

    /// <summary>A trigger as a monitoring tool sends it: summary, source, severity, time, component, group, class, details and a link.</summary>
    public static byte[] Trigger(string dedupKey, long n) => Encoding.UTF8.GetBytes(
        $$"""{"routing_key":"{{Key}}","event_action":"trigger","dedup_key":"{{dedupKey}}","payload":{"summary":"High CPU on web-{{n % 1000:D3}}: 97% for 5 minutes","source":"web-{{n % 1000:D3}}.prod.example.nhs.uk","severity":"error","timestamp":"2026-11-30T09:12:00Z","component":"nginx","group":"web","class":"cpu","custom_details":{"cpu_percent":"97","threshold":"90","runbook":"CPU saturation on the web tier"} },"links":[{"href":"https://grafana.example.nhs.uk/d/cpu?var-host=web-{{n % 1000:D3}}","text":"CPU dashboard"}]}""");

    /// <summary>
    /// Closed loop: each sender posts its next event to its node as soon as the last is answered, until the time is up.
    /// Only 202s count. The CPU is the nodes' together and this process's.
    /// </summary>
    public async Task<EventLoad> DriveAsync(string path, Func<long, byte[]> body, TimeSpan duration)
    {
        var latency = new Timings();
        var refused = new ConcurrentDictionary<string, int>();
        var (accepted, next) = (0, -1L);
        var (appCpu, benchCpu) = (NodesCpu(), Process.GetCurrentProcess().TotalProcessorTime);
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(sender => Task.Run(async () =>
        {
            var http = clients[sender % clients.Count];
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var content = new ByteArrayContent(body(Interlocked.Increment(ref next)));
                content.Headers.ContentType = Json;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync(path, content);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        latency.Add(Stopwatch.GetElapsedTime(started));
                        Interlocked.Increment(ref accepted);
                    }
                    else
                    {
                        refused.AddOrUpdate(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException ex)
                {
                    refused.AddOrUpdate(ex.HttpRequestError.ToString(), 1, (_, n) => n + 1);
                }
                catch (TaskCanceledException)
                {
                    refused.AddOrUpdate("timeout", 1, (_, n) => n + 1);
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new EventLoad(accepted, refused, latency, elapsed, NodesCpu() - appCpu, Process.GetCurrentProcess().TotalProcessorTime - benchCpu);
    }

    private TimeSpan NodesCpu() => nodes.Aggregate(TimeSpan.Zero, (sum, node) => sum + node.Cpu);

    public void Dispose()
    {
        foreach (var http in clients) http.Dispose();
    }
}

/// <summary>One load's outcome: events answered 202, the others by answer, the time to each 202, and the CPU the nodes and the bench used.</summary>
public sealed record EventLoad(int Accepted, IReadOnlyDictionary<string, int> Refused, Timings Latency, TimeSpan Elapsed, TimeSpan AppCpu, TimeSpan BenchCpu)
{
    public double Rate => Accepted / Elapsed.TotalSeconds;

    public string RefusedText => Refused.Count == 0 ? "none" : string.Join(",", Refused.Select(r => $"{r.Key}x{r.Value}"));
}

using System.Diagnostics;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Bench;

/// <summary>
/// N real SignalR .NET clients over WebSockets, each noting when each boardEvent arrived (Stopwatch ticks of this process,
/// the same clock the driver starts its calls by).
/// </summary>
public sealed class HubClients : IAsyncDisposable
{
    private readonly List<HubConnection> connections = [];
    private readonly List<List<(string Number, BoardEventType Type, long At)>> received = [];

    public int Count => connections.Count;

    /// <summary>The demo admin token the benchmark's app is started with: its API calls and hub clients use it.</summary>
    public const string AdminToken = "bench-admin-token-0000000000000001";

    public static async Task<HubClients> ConnectAsync(Uri hub, int count)
    {
        var clients = new HubClients();
        for (var i = 0; i < count; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(hub, o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                    o.AccessTokenProvider = () => Task.FromResult<string?>(AdminToken);
                })
                .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
                .Build();
            var list = new List<(string, BoardEventType, long)>();
            connection.On<BoardEvent>(BoardHub.ClientMethod, e =>
            {
                var at = Stopwatch.GetTimestamp();
                lock (list) list.Add((e.Number, e.Type, at));
            });
            clients.connections.Add(connection);
            clients.received.Add(list);
        }
        // A few at a time, as wall screens and tools would connect, not all in one burst.
        await Parallel.ForEachAsync(clients.connections, new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (c, ct) => await c.StartAsync(ct));
        return clients;
    }

    /// <summary>How many (client, event) pairs of <paramref name="sent"/> have not arrived yet.</summary>
    public int Missing(IReadOnlyDictionary<(string Number, BoardEventType Type), long> sent) => Match(sent, null);

    /// <summary>Adds each client's latency for each event in <paramref name="sent"/> (from its call's start) and counts those that never arrived.</summary>
    public int Match(IReadOnlyDictionary<(string Number, BoardEventType Type), long> sent, Timings? latency)
    {
        var missing = 0;
        foreach (var list in received)
        {
            Dictionary<(string, BoardEventType), long> first = [];
            lock (list)
            {
                foreach (var (number, type, at) in list) first.TryAdd((number, type), at);
            }
            foreach (var (key, started) in sent)
            {
                if (first.TryGetValue(key, out var at)) latency?.Add(Stopwatch.GetElapsedTime(started, at));
                else missing++;
            }
        }
        return missing;
    }

    public void Clear()
    {
        foreach (var list in received) lock (list) list.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (c, _) => await c.DisposeAsync());
    }
}

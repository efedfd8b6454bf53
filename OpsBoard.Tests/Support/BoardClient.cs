using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Support;

/// <summary>A real SignalR client of the board hub, over the test server: what an external tool would receive.</summary>
public sealed class BoardClient : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly Channel<JsonElement> received = Channel.CreateUnbounded<JsonElement>();

    private BoardClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>(BoardHub.ClientMethod, e => received.Writer.TryWrite(e));
    }

    public HubConnection Connection { get; }

    /// <summary>Connects as the administrator, or with <paramref name="token"/> (an access token) when given.</summary>
    public static async Task<BoardClient> ConnectAsync(OpsBoardApp app, string? token = null)
    {
        var server = app.Server;
        token ??= app.AdminAccessToken;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, BoardHub.Path.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var client = new BoardClient(connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>Connects over the network to a server listening at <paramref name="address"/> (a node in its own process), with an access token.</summary>
    public static async Task<BoardClient> ConnectAsync(Uri address, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(address, BoardHub.Path.TrimStart('/')), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var client = new BoardClient(connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>The next event this client receives; fails after <paramref name="within"/> (15 s unless given) without one.</summary>
    public async Task<JsonElement> NextAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? Wait);
        try
        {
            return await received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {BoardHub.ClientMethod} arrived within {(within ?? Wait).TotalSeconds} s.");
        }
    }

    /// <summary>Events up to and including the first of <paramref name="type"/> for <paramref name="number"/>, each within <paramref name="within"/>.</summary>
    public async Task<List<JsonElement>> UntilAsync(string type, string number, TimeSpan? within = null)
    {
        var seen = new List<JsonElement>();
        while (true)
        {
            var next = await NextAsync(within);
            seen.Add(next);
            if (next.GetProperty("type").GetString() == type && next.GetProperty("number").GetString() == number) return seen;
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

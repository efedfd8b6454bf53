using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Features.Live;
using StackExchange.Redis;

namespace OpsBoard.Tests.Support;

/// <summary>
/// A Redis of one test's own, on a free loopback port, for tests that start and stop it (the shared test Redis must stay up):
/// Debian's redis-server, which ./test.sh installs. Nothing is saved; disposing stops it.
/// </summary>
public sealed class PrivateRedis : IDisposable
{
    private Process? server;

    public int Port { get; } = OpsBoardApp.FreeLoopbackPort();

    /// <summary>The StackExchange.Redis configuration string of this Redis, whether it runs or not.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public void Start()
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(arg);
        try
        {
            server = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("This test starts its own Redis and needs redis-server: run ./test.sh, which installs it, or apt-get install redis-server.", error);
        }
        server!.BeginOutputReadLine();
        server.BeginErrorReadLine();
    }

    /// <summary>
    /// Waits (up to 30 s) until <paramref name="app"/>'s connection to Redis is up and its feed subscription is made again:
    /// told by the connection's ConnectionRestored, then a ping, which Redis answers after the subscription made before it.
    /// </summary>
    public static async Task ConnectedAsync(OpsBoardApp app)
    {
        var redis = await app.Services.GetRequiredService<RedisConnection>().GetAsync();
        var subscriber = redis.GetSubscriber();
        var channel = app.Services.GetRequiredService<RedisScaleOut>().FeedChannel;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!(redis.IsConnected && subscriber.IsConnected(channel)))
        {
            var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Restored(object? sender, ConnectionFailedEventArgs e) => restored.TrySetResult();
            redis.ConnectionRestored += Restored;
            try
            {
                if (redis.IsConnected && subscriber.IsConnected(channel)) break;
                await restored.Task.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The app did not reconnect to Redis at {app.Services.GetRequiredService<RedisScaleOut>().Endpoints} within 30 s.");
            }
            finally
            {
                redis.ConnectionRestored -= Restored;
            }
        }
        await subscriber.PingAsync();
    }

    public void Dispose()
    {
        if (server is null) return;
        server.Kill(entireProcessTree: true);
        server.WaitForExit();
        server.Dispose();
    }
}

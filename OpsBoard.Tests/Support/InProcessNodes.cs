using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Support;

/// <summary>
/// Two OpsBoard nodes sharing one database and the test Redis (<see cref="TestServices.Redis"/>), as behind a proxy:
/// node <see cref="A"/> makes the database, node <see cref="B"/> starts on it. Their Redis channels have a prefix of
/// their own, so tests running at once do not hear each other.
/// </summary>
public sealed class InProcessNodes : IAsyncDisposable
{
    private InProcessNodes(OpsBoardApp a, OpsBoardApp b) => (A, B) = (a, b);

    public OpsBoardApp A { get; }

    public OpsBoardApp B { get; }

    /// <summary>The settings that make an app a node of a scale-out on the test Redis, with channels named by <paramref name="prefix"/>.</summary>
    public static Dictionary<string, string> RedisSettings(string prefix, string? redis = null) => new()
    {
        [RedisScaleOut.Setting] = redis ?? TestServices.Redis,
        [RedisScaleOut.PrefixSetting] = prefix,
    };

    /// <summary>Starts A then B on the test Redis, or on <paramref name="redis"/> (a configuration string) when given.</summary>
    public static InProcessNodes Start(int demoRecords = 0, string? redis = null)
    {
        var settings = RedisSettings($"opsboard-test-{Guid.NewGuid():N}", redis);
        var a = new OpsBoardApp { DemoRecords = demoRecords, Settings = settings };
        _ = a.Services; // started, so its database exists before B starts on it
        // B finds the demo data A loaded: it loads none of its own.
        var b = new OpsBoardApp { DemoData = false, Store = a.Store, KeepDatabase = true, Settings = settings };
        _ = b.Services;
        return new InProcessNodes(a, b);
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

namespace OpsBoard.Bench;

/// <summary>
/// One or more nodes of the built app, each its own process on a free loopback port, over one <see cref="NodeStore"/>.
/// They start one after another: the first migrates the database and loads the demo data, the others find it ready.
/// Stopped on dispose.
/// </summary>
public sealed class OpsBoardNodes : IAsyncDisposable
{
    private readonly List<ChildServer> nodes = [];

    private OpsBoardNodes()
    {
    }

    public IReadOnlyList<ChildServer> Nodes => nodes;

    public ChildServer First => nodes[0];

    public static async Task<OpsBoardNodes> StartAsync(NodeStore store, int count, IReadOnlyDictionary<string, string> settings)
    {
        var (web, webDirectory) = ChildServer.WebApp();
        var environment = new Dictionary<string, string>(store.Settings);
        foreach (var (name, value) in settings) environment[name] = value;
        var started = new OpsBoardNodes();
        try
        {
            for (var i = 0; i < count; i++) started.nodes.Add(await ChildServer.StartAsync(web, webDirectory, environment, "/healthz"));
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes) await node.DisposeAsync();
    }
}

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// Every committed change, published once after its commit to every subscriber in this process: Blazor boards
/// (which re-render through InvokeAsync) and the hub relay. Publishing never waits for a subscriber: each handler
/// must hand the events on (to a circuit's dispatcher, a channel) and return. The OLA sweep beats on each run, so a
/// board can tell a quiet feed from a dead one. With several nodes (<see cref="RedisFeedBridge"/>) what this node publishes
/// is also forwarded to the others, and what they publish is told to this node's subscribers too.
/// </summary>
public sealed class ChangeFeed(ILogger<ChangeFeed> log)
{
    private readonly Subscribers<IReadOnlyList<BoardEvent>> subscribers = new();
    private readonly Subscribers<FeedNews> own = new();
    private long lastBeatTicks;

    /// <summary>When the background jobs (of any node) last showed they were alive; null before the first beat.</summary>
    public DateTimeOffset? LastBeat => Interlocked.Read(ref lastBeatTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public IDisposable Subscribe(Action<IReadOnlyList<BoardEvent>> handler) => subscribers.Add(handler);

    /// <summary>Call only after the transaction that made these changes has committed.</summary>
    public void Publish(IReadOnlyList<BoardEvent> events)
    {
        if (events.Count == 0) return;
        Tell(events);
        own.Tell(new FeedNews(events, null), error => log.LogError(error, "A subscriber to this node's own changes failed on {Count} events.", events.Count));
    }

    public void Publish(BoardEvent change) => Publish([change]);

    public void Beat(DateTimeOffset at)
    {
        BeatAt(at);
        own.Tell(new FeedNews(null, at), error => log.LogError(error, "A subscriber to this node's own changes failed on a beat."));
    }

    /// <summary>
    /// Each batch and beat published on this node, never those heard from other nodes: for the bridge to the other nodes,
    /// and for work that must be done once per change, not once per node (the check for proposed major incidents).
    /// </summary>
    public IDisposable SubscribeOwn(Action<FeedNews> handler) => own.Add(handler);

    /// <summary>Another node's committed changes (from the bridge): told to this node's subscribers, not forwarded again.</summary>
    public void PublishFromOtherNode(IReadOnlyList<BoardEvent> events)
    {
        if (events.Count > 0) Tell(events);
    }

    /// <summary>Another node's sweep beat (from the bridge): the sweep runs on one node per interval, and every node's boards see it alive.</summary>
    public void BeatFromOtherNode(DateTimeOffset at) => BeatAt(at);

    private void Tell(IReadOnlyList<BoardEvent> events) =>
        subscribers.Tell(events, error => log.LogError(error, "A change-feed subscriber failed on {Count} events.", events.Count));

    // The latest beat wins: a node's beat that arrives after a later one (clocks of nodes differ a little) moves nothing back.
    private void BeatAt(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        var seen = Interlocked.Read(ref lastBeatTicks);
        while (ticks > seen)
        {
            var was = Interlocked.CompareExchange(ref lastBeatTicks, ticks, seen);
            if (was == seen) return;
            seen = was;
        }
    }
}

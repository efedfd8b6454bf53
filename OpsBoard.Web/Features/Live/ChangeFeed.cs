namespace OpsBoard.Web.Features.Live;

/// <summary>
/// Every committed change, published once after its commit to every subscriber in this process: Blazor boards
/// (which re-render through InvokeAsync) and the hub relay. Publishing never waits for a subscriber: each handler
/// must hand the events on (to a circuit's dispatcher, a channel) and return. The OLA sweep beats on each run, so a
/// board can tell a quiet feed from a dead one.
/// </summary>
public sealed class ChangeFeed(ILogger<ChangeFeed> log)
{
    private readonly Subscribers<IReadOnlyList<BoardEvent>> subscribers = new();
    private long lastBeatTicks;

    /// <summary>When the background jobs last showed they were alive; null before the first beat.</summary>
    public DateTimeOffset? LastBeat => Interlocked.Read(ref lastBeatTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public IDisposable Subscribe(Action<IReadOnlyList<BoardEvent>> handler) => subscribers.Add(handler);

    /// <summary>Call only after the transaction that made these changes has committed.</summary>
    public void Publish(IReadOnlyList<BoardEvent> events)
    {
        if (events.Count == 0) return;
        subscribers.Tell(events, error => log.LogError(error, "A change-feed subscriber failed on {Count} events.", events.Count));
    }

    public void Publish(BoardEvent change) => Publish([change]);

    public void Beat(DateTimeOffset at) => Interlocked.Exchange(ref lastBeatTicks, at.UtcTicks);
}

using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Metrics;

/// <summary>
/// Subscribes to the change feed like any board and times each change from its commit (<see cref="BoardEvent.At"/>, the
/// instant its operation committed as) to its delivery here, beside the other subscribers.
/// </summary>
public sealed class FeedLatencyWatch(ChangeFeed feed, OpsBoardMetrics metrics, TimeProvider clock) : IHostedService, IDisposable
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = feed.Subscribe(Delivered);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => subscription?.Dispose();

    private void Delivered(IReadOnlyList<BoardEvent> changes)
    {
        var now = clock.GetUtcNow();
        foreach (var change in changes) metrics.FeedLatency.Observe((now - change.At).TotalSeconds);
    }
}

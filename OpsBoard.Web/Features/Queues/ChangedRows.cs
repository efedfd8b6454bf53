using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Queues;

/// <summary>How a queue row is marked for a few seconds after its record changed: added to the queue, or updated in place.</summary>
public enum RowChange
{
    Added,
    Updated,
}

/// <summary>
/// The queue rows marked as just changed, each for <see cref="Shown"/> after its change. Time comes from the app's
/// TimeProvider; its timer calls <paramref name="expired"/> when a mark runs out, so the page can re-render without it.
/// </summary>
public sealed class ChangedRows(TimeProvider clock, Func<Task> expired) : IDisposable
{
    public static readonly TimeSpan Shown = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, (RowChange Change, DateTimeOffset Until)> marks = [];
    private ITimer? timer;
    private bool disposed;

    public void Mark(IEnumerable<BoardEvent> changes)
    {
        var now = clock.GetUtcNow();
        lock (marks)
        {
            foreach (var change in changes)
            {
                // A record added a moment ago and changed since is still news to this queue.
                var kind = change.Type == BoardEventType.RecordCreated || Of(change.Number, now) == RowChange.Added ? RowChange.Added : RowChange.Updated;
                marks[change.Number] = (kind, now + Shown);
            }
            Schedule(now);
        }
    }

    /// <summary>The mark the row of <paramref name="number"/> shows now, if any.</summary>
    public RowChange? Of(string number)
    {
        lock (marks) return Of(number, clock.GetUtcNow());
    }

    private RowChange? Of(string number, DateTimeOffset now) =>
        marks.TryGetValue(number, out var mark) && mark.Until > now ? mark.Change : null;

    private void Schedule(DateTimeOffset now)
    {
        foreach (var gone in marks.Where(m => m.Value.Until <= now).Select(m => m.Key).ToList()) marks.Remove(gone);
        if (marks.Count == 0 || disposed) return;
        var next = marks.Values.Min(m => m.Until) - now;
        timer ??= clock.CreateTimer(_ => Expire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(next, Timeout.InfiniteTimeSpan);
    }

    private void Expire()
    {
        lock (marks)
        {
            if (disposed) return;
            Schedule(clock.GetUtcNow());
        }
        _ = expired();
    }

    public void Dispose()
    {
        lock (marks)
        {
            disposed = true;
            timer?.Dispose();
        }
    }
}

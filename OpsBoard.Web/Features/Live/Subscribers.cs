using System.Collections.Immutable;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// A list of handlers that can be told of a value from any thread, without locks: the change feed's boards and the
/// wall board's screens. One failing handler is reported and does not keep the value from the others.
/// </summary>
public sealed class Subscribers<T>
{
    private ImmutableArray<Action<T>> handlers = [];

    /// <summary>Adds <paramref name="handler"/>; disposing the result removes it (once).</summary>
    public IDisposable Add(Action<T> handler)
    {
        ImmutableInterlocked.Update(ref handlers, list => list.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref handlers, list => list.Remove(handler)));
    }

    public void Tell(T value, Action<Exception> failed)
    {
        foreach (var handler in handlers)
        {
            try
            {
                handler(value);
            }
            catch (Exception error)
            {
                failed(error);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) unsubscribe();
        }
    }
}

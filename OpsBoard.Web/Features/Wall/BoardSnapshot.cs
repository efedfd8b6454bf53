using System.Threading.Channels;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Wall;

/// <summary>
/// The one board every wall screen shows, held once in memory, never copied per circuit. Read whole from the database
/// on first use; then each batch of changes from the feed re-reads only the records it names, swaps in a new immutable
/// <see cref="Board"/> and tells subscribers. Batches that arrive while one is read join the next read.
/// </summary>
public sealed class BoardSnapshot(BoardReader reader, ChangeFeed feed, TimeProvider clock, ILogger<BoardSnapshot> log) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly Channel<IReadOnlyList<BoardEvent>> queue = Channel.CreateUnbounded<IReadOnlyList<BoardEvent>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly Subscribers<Board> subscribers = new();
    private IDisposable? following;
    private Board? current;

    /// <summary>The board as it is now; null until the first <see cref="GetAsync"/> has read it.</summary>
    public Board? Current => Volatile.Read(ref current);

    public async Task<Board> GetAsync(CancellationToken ct = default)
    {
        if (Current is { } board) return board;
        await building.WaitAsync(ct);
        try
        {
            if (Current is { } built) return built;
            // Follow the feed before reading, so a change committed during the read is read again after it.
            following ??= feed.Subscribe(events => queue.Writer.TryWrite(events));
            var first = Board.Of(await reader.ReadAsync(null, ct), clock.GetUtcNow());
            Volatile.Write(ref current, first);
            _ = Task.Run(() => KeepCurrentAsync(stopping.Token), CancellationToken.None);
            return first;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Hears each new version. Called on the snapshot's own thread: hand the board on (InvokeAsync) and return.</summary>
    public IDisposable Subscribe(Action<Board> handler) => subscribers.Add(handler);

    private async Task KeepCurrentAsync(CancellationToken ct)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (await queue.Reader.WaitToReadAsync(ct))
            {
                while (queue.Reader.TryRead(out var events))
                {
                    foreach (var change in events) numbers.Add(change.Number);
                }
                try
                {
                    var read = await reader.ReadAsync(numbers, ct);
                    var next = Current!.With(numbers, read, clock.GetUtcNow());
                    Volatile.Write(ref current, next);
                    numbers.Clear();
                    subscribers.Tell(next, failed => log.LogError(failed, "A wall screen failed on board version {Version}.", next.Version));
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // Keep the numbers and try again: a board that silently missed a change would show it wrong for days.
                    log.LogWarning(error, "The wall's board could not read {Count} changed records; trying again.", numbers.Count);
                    await Task.Delay(RetryAfter, clock, ct);
                    queue.Writer.TryWrite([]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The app is stopping.
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        following?.Dispose();
        queue.Writer.TryComplete();
    }
}

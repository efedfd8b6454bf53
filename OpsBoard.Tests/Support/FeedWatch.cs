using System.Collections.Concurrent;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Support;

/// <summary>Everything a change feed publishes from now on, and a bounded wait for the next event that matches.</summary>
public sealed class FeedWatch : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly BlockingCollection<BoardEvent> seen = [];
    private readonly IDisposable subscription;

    public FeedWatch(ChangeFeed feed) => subscription = feed.Subscribe(events =>
    {
        foreach (var e in events) seen.Add(e);
    });

    /// <summary>The next published event matching <paramref name="match"/>, passing over others; fails after 30 s naming what it waited for.</summary>
    public async Task<BoardEvent> NextAsync(Func<BoardEvent, bool> match, string what, Func<string>? context = null)
    {
        var passed = new List<BoardEvent>();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            return await Task.Run(() =>
            {
                foreach (var e in seen.GetConsumingEnumerable(timeout.Token))
                {
                    if (match(e)) return e;
                    passed.Add(e);
                }
                throw new InvalidOperationException("The feed ended.");
            });
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {what} within {Limit.TotalSeconds:N0} s; the feed published {passed.Count} other events: " +
                $"{string.Join(", ", passed.Select(e => $"{e.Type} {e.Number}"))}.{(context is null ? "" : $" {context()}")}");
        }
    }

    public void Dispose()
    {
        subscription.Dispose();
        seen.Dispose();
    }
}

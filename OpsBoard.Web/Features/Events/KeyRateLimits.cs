using System.Collections.Concurrent;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// A token bucket per integration on the injected clock: each may send BurstPerKey events at once and RatePerKey a second
/// after that; beyond it the intake answers 429 with how long to wait.
/// </summary>
public sealed class KeyRateLimits(EventIntakeOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<int, Bucket> buckets = new();

    /// <summary>Takes <paramref name="events"/> tokens, or says how long until there are enough.</summary>
    public TimeSpan? TryTake(int integrationId, int events = 1)
    {
        var bucket = buckets.GetOrAdd(integrationId, _ => new Bucket(options.BurstPerKey, clock.GetTimestamp()));
        lock (bucket)
        {
            var now = clock.GetTimestamp();
            bucket.Tokens = Math.Min(options.BurstPerKey, bucket.Tokens + clock.GetElapsedTime(bucket.At, now).TotalSeconds * options.RatePerKey);
            bucket.At = now;
            if (bucket.Tokens >= events)
            {
                bucket.Tokens -= events;
                return null;
            }
            return TimeSpan.FromSeconds(Math.Ceiling((events - bucket.Tokens) / options.RatePerKey));
        }
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;
    }
}

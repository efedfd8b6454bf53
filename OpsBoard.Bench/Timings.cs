using System.Diagnostics;

namespace OpsBoard.Bench;

/// <summary>Elapsed times of repeated runs, in milliseconds, with the median and 95th percentile.</summary>
public sealed class Timings
{
    private readonly List<double> milliseconds = [];

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds) milliseconds.Add(elapsed.TotalMilliseconds);
    }

    /// <summary>All the times of <paramref name="parts"/> together.</summary>
    public static Timings Of(IEnumerable<Timings> parts)
    {
        var all = new Timings();
        foreach (var part in parts)
        {
            lock (part.milliseconds) all.milliseconds.AddRange(part.milliseconds);
        }
        return all;
    }

    public int Count => milliseconds.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> run)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await run();
        Add(Stopwatch.GetElapsedTime(started));
        return result;
    }

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double Mean => milliseconds.Average();

    public double Max => milliseconds.Max();

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(int percent)
    {
        var sorted = milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

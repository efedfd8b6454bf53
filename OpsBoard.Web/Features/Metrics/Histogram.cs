namespace OpsBoard.Web.Features.Metrics;

/// <summary>
/// Observations of a duration in seconds, counted into fixed buckets: written as cumulative buckets up to +Inf, a sum and a
/// count, read together under one lock so a scrape never sees a bucket ahead of the count.
/// </summary>
public sealed class Histogram(string name, string help, params double[] bounds)
{
    /// <summary>From 5 ms to 10 s: the range of a sweep run and of a change reaching its boards.</summary>
    public static readonly double[] Seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly double[] upper = [.. bounds.Order()];
    private readonly long[] counts = new long[bounds.Length + 1];
    private readonly Lock gate = new();
    private double sum;

    public string Name => name;

    public void Observe(double seconds)
    {
        var bucket = Array.FindIndex(upper, bound => seconds <= bound);
        lock (gate)
        {
            counts[bucket < 0 ? upper.Length : bucket]++;
            sum += seconds;
        }
    }

    public void Observe(TimeSpan elapsed) => Observe(elapsed.TotalSeconds);

    public void WriteTo(Exposition exposition)
    {
        long[] snapshot;
        double total;
        lock (gate)
        {
            snapshot = [.. counts];
            total = sum;
        }
        exposition.Describe(name, "histogram", help);
        long cumulative = 0;
        for (var i = 0; i < upper.Length; i++)
        {
            cumulative += snapshot[i];
            exposition.Sample(name + "_bucket", [("le", Exposition.Number(upper[i]))], cumulative);
        }
        cumulative += snapshot[^1];
        exposition.Sample(name + "_bucket", [("le", "+Inf")], cumulative);
        exposition.Sample(name + "_sum", total);
        exposition.Sample(name + "_count", cumulative);
    }
}

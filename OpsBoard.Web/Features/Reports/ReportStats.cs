namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// Mean, median and 90th percentile as decision 0012 defines them: the median is the middle value (the mean of the two
/// middle values for an even count); the 90th percentile is the nearest rank, the value at position ceil(0.9 n).
/// </summary>
public static class ReportStats
{
    public static double? Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? null : values.Average();

    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double? Percentile90(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        // ceil(0.9 n) in whole numbers, so no rounding error moves the rank.
        var rank = (9 * sorted.Length + 9) / 10;
        return sorted[rank - 1];
    }

    public static DurationSummary Summarise(IEnumerable<TimeSpan> durations)
    {
        List<double> ticks = [.. durations.Select(d => (double)d.Ticks)];
        return new DurationSummary(ticks.Count, ToSpan(Mean(ticks)), ToSpan(Median(ticks)), ToSpan(Percentile90(ticks)));
    }

    private static TimeSpan? ToSpan(double? ticks) => ticks is { } t ? TimeSpan.FromTicks((long)Math.Round(t)) : null;
}

/// <summary>How many durations, and their mean, median and 90th percentile (empty when there are none).</summary>
public sealed record DurationSummary(int Count, TimeSpan? Mean, TimeSpan? Median, TimeSpan? Percentile90);

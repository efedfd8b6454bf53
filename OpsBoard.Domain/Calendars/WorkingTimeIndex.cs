namespace OpsBoard.Domain.Calendars;

/// <summary>
/// A calendar's working windows from 2020 to 2040 as sorted UTC ticks with running totals, so working time between
/// two instants, and the instant a working time is reached, each take two binary searches instead of a walk through
/// the days with time zone conversions. Instants outside the range fall back to the walk.
/// </summary>
internal sealed class WorkingTimeIndex
{
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly long[] before;

    public WorkingTimeIndex(IEnumerable<Interval> windows, DateTimeOffset from, DateTimeOffset to)
    {
        var list = windows.TakeWhile(w => w.Start < to).ToList();
        starts = [.. list.Select(w => w.Start.UtcTicks)];
        ends = [.. list.Select(w => w.End.UtcTicks)];
        before = new long[list.Count];
        for (var i = 1; i < list.Count; i++) before[i] = before[i - 1] + (ends[i - 1] - starts[i - 1]);
        From = from.UtcTicks;
        To = list.Count > 0 ? Math.Min(to.UtcTicks, ends[^1]) : from.UtcTicks;
    }

    public long From { get; }

    public long To { get; }

    public bool Covers(long ticks) => ticks >= From && ticks <= To;

    /// <summary>Working ticks from the start of the index until <paramref name="ticks"/>.</summary>
    public long Counted(long ticks)
    {
        var k = Array.BinarySearch(starts, ticks);
        if (k < 0) k = ~k - 1;
        if (k < 0) return 0;
        return before[k] + Math.Clamp(ticks - starts[k], 0, ends[k] - starts[k]);
    }

    /// <summary>The first instant at which <paramref name="counted"/> working ticks have passed since the start of the index, or null past its end.</summary>
    public long? InstantAt(long counted)
    {
        int low = 0, high = starts.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (before[mid] + (ends[mid] - starts[mid]) >= counted)
            {
                found = mid;
                high = mid - 1;
            }
            else
            {
                low = mid + 1;
            }
        }
        if (found < 0) return null;
        var instant = starts[found] + (counted - before[found]);
        return instant <= To ? instant : null;
    }
}

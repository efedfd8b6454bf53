using System.Globalization;
using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Web.Features.Reports;

public enum BucketSize { Day = 1, Week, Month }

/// <summary>One bucket of a volumes report: <c>[Start, End)</c>, starting at local (Europe/London) midnight.</summary>
public sealed record ReportBucket(DateTimeOffset Start, DateTimeOffset End, string Label, string ShortLabel);

/// <summary>
/// Volumes are counted by day, by week from 63 days, by month from 366 days (decision 0012). Buckets start at local
/// midnight in Europe/London, weeks on Monday, so a day across a clock change is 23 or 25 hours long.
/// </summary>
public static class ReportBuckets
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static BucketSize SizeFor(DateTimeOffset from, DateTimeOffset to)
    {
        // Counted in local days, so a period of whole days across a clock change is still a whole number of days.
        var days = (LondonTime.ToLocal(to).DateTime - LondonTime.ToLocal(from).DateTime).TotalDays;
        return days >= 366 ? BucketSize.Month : days >= 63 ? BucketSize.Week : BucketSize.Day;
    }

    public static IReadOnlyList<ReportBucket> For(DateTimeOffset from, DateTimeOffset to)
    {
        var size = SizeFor(from, to);
        var day = LondonTime.ToLocal(from).Date;
        var start = size switch
        {
            BucketSize.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            BucketSize.Month => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
            _ => day,
        };
        var buckets = new List<ReportBucket>();
        while (Instant(start) < to)
        {
            var next = size switch { BucketSize.Week => start.AddDays(7), BucketSize.Month => start.AddMonths(1), _ => start.AddDays(1) };
            buckets.Add(new ReportBucket(Instant(start), Instant(next), Label(start, size), size == BucketSize.Month ? start.ToString("MMM yy", British) : start.ToString("d MMM", British)));
            start = next;
        }
        return buckets;
    }

    /// <summary>The instant of a local (Europe/London) wall-clock time; midnight there is never skipped or repeated.</summary>
    public static DateTimeOffset Instant(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, LondonTime.Zone.GetUtcOffset(wall));
    }

    private static string Label(DateTime start, BucketSize size) => size switch
    {
        BucketSize.Week => "Week of " + start.ToString("d MMM yyyy", British),
        BucketSize.Month => start.ToString("MMM yyyy", British),
        _ => start.ToString("ddd d MMM yyyy", British),
    };
}

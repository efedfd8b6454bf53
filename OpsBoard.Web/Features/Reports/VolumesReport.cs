namespace OpsBoard.Web.Features.Reports;

public sealed record VolumeBucket(ReportBucket Bucket, int Opened, int Resolved);

/// <summary>1. Records opened (OpenedAt in the period) and resolved (ResolvedAt in the period), by day, week or month.</summary>
public sealed record VolumesReport(BucketSize Size, IReadOnlyList<VolumeBucket> Buckets, int Opened, int Resolved) : IReportResult
{
    public ReportName Name => ReportName.Volumes;

    public static VolumesReport From(ReportFacts facts)
    {
        var request = facts.Request;
        var buckets = ReportBuckets.For(request.From, request.To);
        var records = facts.Counted().ToList();
        var opened = records.Where(r => request.InPeriod(r.OpenedAt)).Select(r => r.OpenedAt).ToList();
        var resolved = records.Where(r => request.InPeriod(r.ResolvedAt)).Select(r => r.ResolvedAt!.Value).ToList();
        return new VolumesReport(
            ReportBuckets.SizeFor(request.From, request.To),
            [.. buckets.Select(b => new VolumeBucket(b, opened.Count(at => at >= b.Start && at < b.End), resolved.Count(at => at >= b.Start && at < b.End)))],
            opened.Count,
            resolved.Count);
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Volumes: records opened and resolved",
        [Size.ToString(), "Opened", "Resolved"],
        [.. Buckets.Select(b => Row(b.Bucket.Label, b.Opened, b.Resolved)), Row("Total", Opened, Resolved)]);

    public ReportChart ToChart(ReportNames names) => new(ReportChartKind.Bar,
        $"Bar chart of the records opened and resolved each {Size.ToString().ToLowerInvariant()}.",
        [.. Buckets.Select(b => b.Bucket.ShortLabel)],
        [new("Opened", [.. Buckets.Select(b => (double)b.Opened)]), new("Resolved", [.. Buckets.Select(b => (double)b.Resolved)])],
        "records");

    private static IReadOnlyList<string> Row(string label, int opened, int resolved) => [label, ReportCells.Count(opened), ReportCells.Count(resolved)];
}

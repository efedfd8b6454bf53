namespace OpsBoard.Web.Features.Reports;

/// <summary>6. Reassignment hops of the records resolved in the period: how many had 0, 1, 2, 3, 4, 5 or more, and the mean.</summary>
public sealed record HopsReport(IReadOnlyList<int> Buckets, int Resolved, double? Mean) : IReportResult
{
    public static IReadOnlyList<string> BucketNames { get; } = ["0", "1", "2", "3", "4", "5 or more"];

    public ReportName Name => ReportName.Hops;

    public static HopsReport From(ReportFacts facts)
    {
        var hops = facts.Counted().Where(r => facts.Request.InPeriod(r.ResolvedAt)).Select(r => r.ReassignmentCount).ToList();
        var buckets = new int[BucketNames.Count];
        foreach (var count in hops) buckets[Math.Clamp(count, 0, buckets.Length - 1)]++;
        return new HopsReport(buckets, hops.Count, ReportStats.Mean([.. hops.Select(h => (double)h)]));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Reassignment hops: records resolved in the period",
        [.. BucketNames.Select(b => b == "1" ? "1 reassignment" : b + " reassignments"), "Resolved", "Mean reassignments"],
        [[.. Buckets.Select(ReportCells.Count), ReportCells.Count(Resolved), ReportCells.OneDecimal(Mean)]]);

    public ReportChart ToChart(ReportNames names) => new(ReportChartKind.Bar,
        "Bar chart of the records resolved, by how many times they were reassigned.",
        [.. BucketNames], [new("Records resolved", [.. Buckets.Select(b => (double)b)])], "records");
}

namespace OpsBoard.Web.Features.Reports;

/// <summary>7. Reopen rate: records resolved in the period with ReopenCount above 0, over the records resolved in the period.</summary>
public sealed record ReopensReport(int Resolved, int Reopened) : IReportResult
{
    public ReportName Name => ReportName.Reopens;

    public double? Rate => ReportCells.Percent(Reopened, Resolved);

    public static ReopensReport From(ReportFacts facts)
    {
        var resolved = facts.Counted().Where(r => facts.Request.InPeriod(r.ResolvedAt)).ToList();
        return new ReopensReport(resolved.Count, resolved.Count(r => r.ReopenCount > 0));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Reopen rate: records resolved in the period",
        ["Resolved", "Reopened at least once", "Reopen rate (%)"],
        [[ReportCells.Count(Resolved), ReportCells.Count(Reopened), ReportCells.OneDecimal(Rate)]]);

    public ReportChart ToChart(ReportNames names) => new(ReportChartKind.Donut,
        "Donut chart of the records resolved: reopened at least once, and never reopened.",
        ["Reopened", "Never reopened"], [new("Records resolved", [Reopened, Resolved - Reopened])], "records");
}

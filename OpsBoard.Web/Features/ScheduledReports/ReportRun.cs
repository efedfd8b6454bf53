namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>The files one run wrote for one period: its HTML page and its CSVs, as the list shows them.</summary>
public sealed record ReportRun(ReportPeriod Period, ReportFile? Html, IReadOnlyList<ReportFile> Csvs)
{
    /// <summary>The folder's files by period, in the folder's order (newest first).</summary>
    public static IReadOnlyList<ReportRun> Of(IReadOnlyList<ReportFile> files) =>
        [.. files.GroupBy(f => f.Period).Select(g => new ReportRun(g.Key, g.FirstOrDefault(f => f.IsHtml), [.. g.Where(f => !f.IsHtml)]))];
}

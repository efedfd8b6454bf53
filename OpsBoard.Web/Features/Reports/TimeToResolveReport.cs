using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Reports;

/// <summary>One priority's records resolved in the period (all priorities: <c>Priority</c> empty) and ResolvedAt - OpenedAt.</summary>
public sealed record ResolveRow(Priority? Priority, DurationSummary Time);

/// <summary>5. Time to resolve, real elapsed time: mean, median and 90th percentile, per priority and overall.</summary>
public sealed record TimeToResolveReport(IReadOnlyList<ResolveRow> Priorities, ResolveRow Overall) : IReportResult
{
    public ReportName Name => ReportName.TimeToResolve;

    public static TimeToResolveReport From(ReportFacts facts)
    {
        var resolved = facts.Counted().Where(r => facts.Request.InPeriod(r.ResolvedAt)).ToList();
        return new TimeToResolveReport(
            [.. Enum.GetValues<Priority>().Select(p => new ResolveRow(p, Summary(resolved.Where(r => r.Priority == p))))],
            new ResolveRow(null, Summary(resolved)));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Time to resolve: records resolved in the period",
        ["Priority", "Resolved", "Mean", "Median", "90th percentile"],
        [.. Priorities.Append(Overall).Select(r => (IReadOnlyList<string>)[Label(r), ReportCells.Count(r.Time.Count),
            ReportCells.Duration(r.Time.Mean), ReportCells.Duration(r.Time.Median), ReportCells.Duration(r.Time.Percentile90)])]);

    public ReportChart ToChart(ReportNames names) => new(ReportChartKind.Bar,
        "Bar chart of the median and 90th percentile time to resolve, in hours, per priority.",
        [.. Priorities.Append(Overall).Select(Label)],
        [
            new("Median (hours)", [.. Priorities.Append(Overall).Select(r => ReportCells.Hours(r.Time.Median))]),
            new("90th percentile (hours)", [.. Priorities.Append(Overall).Select(r => ReportCells.Hours(r.Time.Percentile90))]),
        ],
        "hours");

    private static string Label(ResolveRow row) => row.Priority?.ToString() ?? "All priorities";

    private static DurationSummary Summary(IEnumerable<RecordFact> records) => ReportStats.Summarise(records.Select(r => r.ResolvedAt!.Value - r.OpenedAt));
}

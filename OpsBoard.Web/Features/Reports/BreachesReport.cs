using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Features.Reports;

/// <summary>One group's clocks that breached in the period, by kind of clock.</summary>
public sealed record BreachRow(int? GroupId, int Response, int Resolution, int RecordTarget)
{
    public int Total => Response + Resolution + RecordTarget;
}

/// <summary>3. Breaches: clocks with BreachedAt in the period, per group and kind of clock; the last row is all groups.</summary>
public sealed record BreachesReport(IReadOnlyList<BreachRow> Groups, BreachRow Overall) : IReportResult
{
    public ReportName Name => ReportName.Breaches;

    public static BreachesReport From(ReportFacts facts)
    {
        var breached = facts.Clocks.Where(c => facts.Request.InPeriod(c.BreachedAt)).ToList();
        return new BreachesReport(
            [.. breached.GroupBy(c => c.GroupId).OrderBy(g => g.Key).Select(g => Row(g.Key, g))],
            Row(null, breached));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Breaches: clocks that breached in the period",
        ["Group", "Response", "Resolution", "Record target", "Total"],
        [.. Groups.OrderBy(g => names.Group(g.GroupId), StringComparer.Ordinal).Select(g => Cells(names.Group(g.GroupId), g)), Cells(ReportNames.AllGroups, Overall)]);

    public ReportChart ToChart(ReportNames names)
    {
        var groups = Groups.OrderBy(g => names.Group(g.GroupId), StringComparer.Ordinal).ToList();
        return new ReportChart(ReportChartKind.StackedBar, "Stacked bar chart of the clocks that breached, per group, by kind of clock.",
            [.. groups.Select(g => names.Group(g.GroupId))],
            [
                new("Response", [.. groups.Select(g => (double)g.Response)]),
                new("Resolution", [.. groups.Select(g => (double)g.Resolution)]),
                new("Record target", [.. groups.Select(g => (double)g.RecordTarget)]),
            ],
            "clocks");
    }

    private static BreachRow Row(int? group, IEnumerable<ClockFact> clocks)
    {
        var list = clocks.ToList();
        return new BreachRow(group, list.Count(c => c.Kind == OlaTargetKind.Response), list.Count(c => c.Kind == OlaTargetKind.Resolution),
            list.Count(c => c.Kind == OlaTargetKind.RecordResolution));
    }

    private static IReadOnlyList<string> Cells(string group, BreachRow row) =>
        [group, ReportCells.Count(row.Response), ReportCells.Count(row.Resolution), ReportCells.Count(row.RecordTarget), ReportCells.Count(row.Total)];
}

namespace OpsBoard.Web.Features.Reports;

/// <summary>One group's jeopardy alerts raised in the period (all groups: <c>GroupId</c> empty), and the time to acknowledge the acknowledged ones.</summary>
public sealed record AlertRow(int? GroupId, int Raised, int Acknowledged, DurationSummary TimeToAcknowledge)
{
    public int StillOpen => Raised - Acknowledged;
}

/// <summary>4. Jeopardy alerts raised in the period: raised, acknowledged, still open, time to acknowledge; per group and overall.</summary>
public sealed record AlertsReport(IReadOnlyList<AlertRow> Groups, AlertRow Overall) : IReportResult
{
    public ReportName Name => ReportName.Alerts;

    public static AlertsReport From(ReportFacts facts)
    {
        var raised = facts.Alerts.Where(a => facts.Request.InPeriod(a.RaisedAt)).ToList();
        return new AlertsReport([.. raised.GroupBy(a => a.GroupId).OrderBy(g => g.Key).Select(g => Row(g.Key, g))], Row(null, raised));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Jeopardy alerts raised in the period",
        ["Group", "Raised", "Acknowledged", "Still open", "Mean to acknowledge", "Median to acknowledge", "90th percentile to acknowledge"],
        [.. Ordered(names).Select(g => Cells(names.Group(g.GroupId), g)), Cells(ReportNames.AllGroups, Overall)]);

    public ReportChart ToChart(ReportNames names)
    {
        var groups = Ordered(names).ToList();
        return new ReportChart(ReportChartKind.StackedBar, "Stacked bar chart of the alerts raised per group: acknowledged and still open.",
            [.. groups.Select(g => names.Group(g.GroupId))],
            [new("Acknowledged", [.. groups.Select(g => (double)g.Acknowledged)]), new("Still open", [.. groups.Select(g => (double)g.StillOpen)])],
            "alerts");
    }

    private IEnumerable<AlertRow> Ordered(ReportNames names) => Groups.OrderBy(g => names.Group(g.GroupId), StringComparer.Ordinal);

    private static AlertRow Row(int? group, IEnumerable<AlertFact> alerts)
    {
        var list = alerts.ToList();
        var acknowledged = list.Where(a => a.AcknowledgedAt is not null).ToList();
        return new AlertRow(group, list.Count, acknowledged.Count, ReportStats.Summarise(acknowledged.Select(a => a.AcknowledgedAt!.Value - a.RaisedAt)));
    }

    private static IReadOnlyList<string> Cells(string group, AlertRow row) =>
    [
        group, ReportCells.Count(row.Raised), ReportCells.Count(row.Acknowledged), ReportCells.Count(row.StillOpen),
        ReportCells.Duration(row.TimeToAcknowledge.Mean), ReportCells.Duration(row.TimeToAcknowledge.Median), ReportCells.Duration(row.TimeToAcknowledge.Percentile90),
    ];
}

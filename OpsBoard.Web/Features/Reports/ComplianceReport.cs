using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Features.Reports;

/// <summary>One kind of clock for one group (or all groups: <c>GroupId</c> empty): clocks that ended in the period and how many were met.</summary>
public sealed record ComplianceRow(OlaTargetKind Kind, int? GroupId, int Ended, int Met)
{
    public int Breached => Ended - Met;

    public double? PercentMet => ReportCells.Percent(Met, Ended);
}

/// <summary>2. OLA compliance: clocks that ended in the period (not cancelled); met = never breached. Per kind, per group and overall.</summary>
public sealed record ComplianceReport(IReadOnlyList<ComplianceRow> Rows) : IReportResult
{
    public ReportName Name => ReportName.Compliance;

    public static ComplianceReport From(ReportFacts facts)
    {
        var ended = facts.Clocks.Where(c => facts.Request.InPeriod(c.StoppedAt) && c.StopReason != StopReason.Cancelled).ToList();
        var rows = new List<ComplianceRow>();
        foreach (var kind in ClockKinds.Reported)
        {
            var ofKind = ended.Where(c => c.Kind == kind).ToList();
            rows.AddRange(ofKind.GroupBy(c => c.GroupId).OrderBy(g => g.Key)
                .Select(g => new ComplianceRow(kind, g.Key, g.Count(), g.Count(c => c.BreachedAt is null))));
            rows.Add(new ComplianceRow(kind, null, ofKind.Count, ofKind.Count(c => c.BreachedAt is null)));
        }
        return new ComplianceReport(rows);
    }

    public ComplianceRow Overall(OlaTargetKind kind) => Rows.Single(r => r.Kind == kind && r.GroupId is null);

    public ReportTable ToTable(ReportNames names) => new(Name, "OLA compliance: clocks ended in the period",
        ["Clock", "Group", "Ended", "Met", "Breached", "Met (%)"],
        [.. Ordered(names).Select(r => (IReadOnlyList<string>)[ClockKinds.Name(r.Kind), GroupName(names, r), ReportCells.Count(r.Ended),
            ReportCells.Count(r.Met), ReportCells.Count(r.Breached), ReportCells.OneDecimal(r.PercentMet)])]);

    public ReportChart ToChart(ReportNames names)
    {
        List<int?> groups = [.. Rows.Where(r => r.GroupId is not null).Select(r => r.GroupId).Distinct().OrderBy(g => names.Group(g), StringComparer.Ordinal), null];
        return new ReportChart(ReportChartKind.Bar, "Bar chart of the percentage of clocks met, per group and kind of clock.",
            [.. groups.Select(g => g is null ? ReportNames.AllGroups : names.Group(g))],
            [.. ClockKinds.Reported.Select(kind => new ReportChartSeries(ClockKinds.Name(kind) + " met (%)",
                [.. groups.Select(g => Rows.FirstOrDefault(r => r.Kind == kind && r.GroupId == g)?.PercentMet ?? 0)]))],
            "%");
    }

    private IEnumerable<ComplianceRow> Ordered(ReportNames names) =>
        Rows.OrderBy(r => r.Kind).ThenBy(r => r.GroupId is null).ThenBy(r => names.Group(r.GroupId), StringComparer.Ordinal);

    private static string GroupName(ReportNames names, ComplianceRow row) => row.GroupId is null ? ReportNames.AllGroups : names.Group(row.GroupId);
}

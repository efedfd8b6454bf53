namespace OpsBoard.Web.Features.Reports;

/// <summary>One record whose own target breached in the period, and the share of its budget each holding group used.</summary>
public sealed record RelayRecord(long RecordId, string Number, TimeSpan Target, IReadOnlyList<RelayShare> Shares)
{
    public TimeSpan Used => Shares.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Used);
}

/// <summary>10. Relay: which group used how much of each breached record's budget (counted time, as a percentage of the target).</summary>
public sealed record RelayReport(IReadOnlyList<RelayRecord> Records) : IReportResult
{
    /// <summary>The chart shows the records that used the most; the table shows them all.</summary>
    public const int ChartedRecords = 20;

    public ReportName Name => ReportName.Relay;

    public static RelayReport From(ReportFacts facts)
    {
        var numbers = facts.Records.ToDictionary(r => r.Id, r => r.Number);
        return new RelayReport([.. facts.Relay.GroupBy(s => s.RecordId)
            .Select(g => new RelayRecord(g.Key, numbers.GetValueOrDefault(g.Key, $"#{g.Key}"), g.First().Target, [.. g]))
            .OrderBy(r => r.Number, StringComparer.Ordinal)]);
    }

    public static double? Percent(TimeSpan used, TimeSpan target) => ReportCells.Percent(used.Ticks, target.Ticks);

    public ReportTable ToTable(ReportNames names) => new(Name, "Relay: who used each breached record's budget",
        ["Record", "Target", "Group", "Used", "Of target (%)"],
        [.. Records.SelectMany(r => r.Shares.Select(s => (IReadOnlyList<string>)[r.Number, ReportCells.Duration(r.Target), names.Group(s.GroupId),
            ReportCells.Duration(s.Used), ReportCells.OneDecimal(Percent(s.Used, r.Target))]))]);

    public ReportChart ToChart(ReportNames names)
    {
        var charted = Records.OrderByDescending(r => r.Used.Ticks * 1.0 / r.Target.Ticks).ThenBy(r => r.Number, StringComparer.Ordinal).Take(ChartedRecords).ToList();
        List<int> groups = [.. charted.SelectMany(r => r.Shares.Select(s => s.GroupId)).Distinct().OrderBy(g => names.Group(g), StringComparer.Ordinal)];
        return new ReportChart(ReportChartKind.StackedBar,
            $"Stacked bar chart of the share of each breached record's target used by each group that held it, for the {ChartedRecords} records that used the most.",
            [.. charted.Select(r => r.Number)],
            [.. groups.Select(g => new ReportChartSeries(names.Group(g),
                [.. charted.Select(r => Percent(r.Shares.Where(s => s.GroupId == g).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Used), r.Target) ?? 0)]))],
            "% of target");
    }
}

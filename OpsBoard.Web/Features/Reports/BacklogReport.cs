using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Reports;

/// <summary>One priority's records open at the period's end (all priorities: <c>Priority</c> empty), by age.</summary>
public sealed record BacklogRow(Priority? Priority, IReadOnlyList<int> Ages)
{
    public int Total => Ages.Sum();
}

/// <summary>9. Backlog by age: records open at To, by age at To (under 1 day, 1-3, 3-7, 7-30 days, 30 days or more), per priority.</summary>
public sealed record BacklogReport(IReadOnlyList<BacklogRow> Priorities, BacklogRow Overall) : IReportResult
{
    public static IReadOnlyList<string> AgeNames { get; } = ["Under 1 day", "1 to 3 days", "3 to 7 days", "7 to 30 days", "30 days or more"];

    private static readonly TimeSpan[] Bounds = [TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];

    public ReportName Name => ReportName.Backlog;

    /// <summary>The age bucket of a record <paramref name="age"/> old: each bound belongs to the older bucket (exactly 1 day is "1 to 3 days").</summary>
    public static int AgeBucket(TimeSpan age) => Bounds.Count(b => age >= b);

    public static BacklogReport From(ReportFacts facts)
    {
        var open = facts.Counted().Where(r => r.OpenAtTo).ToList();
        return new BacklogReport(
            [.. Enum.GetValues<Priority>().Select(p => Row(p, open.Where(r => r.Priority == p), facts.Request.To))],
            Row(null, open, facts.Request.To));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "Backlog by age: records open at the end of the period",
        ["Priority", .. AgeNames, "Total"],
        [.. Priorities.Append(Overall).Select(r => (IReadOnlyList<string>)[r.Priority?.ToString() ?? "All priorities", .. r.Ages.Select(ReportCells.Count), ReportCells.Count(r.Total)])]);

    public ReportChart ToChart(ReportNames names) => new(ReportChartKind.StackedBar,
        "Stacked bar chart of the records open at the end of the period, by age, one colour per priority.",
        [.. AgeNames],
        [.. Priorities.Select(p => new ReportChartSeries(p.Priority!.Value.ToString(), [.. p.Ages.Select(a => (double)a)]))],
        "records");

    private static BacklogRow Row(Priority? priority, IEnumerable<RecordFact> records, DateTimeOffset to)
    {
        var ages = new int[AgeNames.Count];
        foreach (var record in records) ages[AgeBucket(to - record.OpenedAt)]++;
        return new BacklogRow(priority, ages);
    }
}

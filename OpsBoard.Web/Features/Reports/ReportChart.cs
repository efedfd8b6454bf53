namespace OpsBoard.Web.Features.Reports;

public enum ReportChartKind { Bar = 1, StackedBar, Line, Donut }

public sealed record ReportChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// What a report's chart plots: one value per label per series. <see cref="Description"/> says in words what it shows,
/// for those who cannot see it; the table beside it holds the same figures as text.
/// </summary>
public sealed record ReportChart(ReportChartKind Kind, string Description, IReadOnlyList<string> Labels, IReadOnlyList<ReportChartSeries> Series, string? Unit = null)
{
    public bool IsEmpty => Labels.Count == 0 || Series.All(s => s.Values.All(v => v == 0));
}

/// <summary>A report's typed figures, shown as a table (screen, CSV, scheduled HTML) and a chart (screen).</summary>
public interface IReportResult
{
    ReportName Name { get; }

    ReportTable ToTable(ReportNames names);

    ReportChart ToChart(ReportNames names);
}

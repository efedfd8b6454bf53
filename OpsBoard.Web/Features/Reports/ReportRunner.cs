using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Reports;

/// <summary>A report run: its typed figures, and the table and chart made from them.</summary>
public sealed record ReportResult(IReportResult Figures, ReportTable Table, ReportChart Chart);

/// <summary>The one entry point for the page, the CSV and the scheduled reports: reads the facts once and computes the figures.</summary>
public sealed class ReportRunner(ReportFactsReader reader, IDbContextFactory<OpsBoardDb> dbs)
{
    public async Task<ReportResult> RunAsync(ReportName name, ReportRequest request, ClaimsPrincipal viewer, CancellationToken ct = default) =>
        (await RunAsync([name], request, viewer, ct))[0];

    /// <summary>Several reports over the same facts, read once (the page shows all of them).</summary>
    public async Task<IReadOnlyList<ReportResult>> RunAsync(IReadOnlyList<ReportName> names, ReportRequest request, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var facts = await reader.ReadAsync(request, viewer, ct);
        var labels = await ReportNames.ReadAsync(dbs, ct);
        return [.. names.Select(name => Result(ReportFigures.Of(name, facts), labels))];
    }

    public static ReportResult Result(IReportResult figures, ReportNames names) => new(figures, figures.ToTable(names), figures.ToChart(names));
}

using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// 8. First-contact resolution at the SOC: incidents and requests resolved in the period that only the SOC ever held,
/// over the incidents and requests resolved in the period.
/// </summary>
public sealed record FirstContactReport(int Resolved, int OnlySoc) : IReportResult
{
    public ReportName Name => ReportName.FirstContact;

    public double? Rate => ReportCells.Percent(OnlySoc, Resolved);

    public static FirstContactReport From(ReportFacts facts)
    {
        var resolved = facts.Counted()
            .Where(r => r.Kind is RecordKind.Incident or RecordKind.ServiceRequest && facts.Request.InPeriod(r.ResolvedAt)).ToList();
        return new FirstContactReport(resolved.Count, resolved.Count(r => r.OnlySoc));
    }

    public ReportTable ToTable(ReportNames names) => new(Name, "First-contact resolution at the SOC: incidents and requests resolved in the period",
        ["Resolved", "Held only by the SOC", "First-contact resolution (%)"],
        [[ReportCells.Count(Resolved), ReportCells.Count(OnlySoc), ReportCells.OneDecimal(Rate)]]);

    public ReportChart ToChart(ReportNames names) => new(ReportChartKind.Donut,
        "Donut chart of the incidents and requests resolved: held only by the SOC, and passed to another group.",
        ["Held only by the SOC", "Passed to another group"], [new("Incidents and requests resolved", [OnlySoc, Resolved - OnlySoc])], "records");
}

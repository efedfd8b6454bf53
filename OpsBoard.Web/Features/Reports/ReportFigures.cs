namespace OpsBoard.Web.Features.Reports;

/// <summary>Every report's figures, as pure functions of the facts (decision 0012, section Reports).</summary>
public static class ReportFigures
{
    public static VolumesReport Volumes(ReportFacts facts) => VolumesReport.From(facts);

    public static ComplianceReport Compliance(ReportFacts facts) => ComplianceReport.From(facts);

    public static BreachesReport Breaches(ReportFacts facts) => BreachesReport.From(facts);

    public static AlertsReport Alerts(ReportFacts facts) => AlertsReport.From(facts);

    public static TimeToResolveReport TimeToResolve(ReportFacts facts) => TimeToResolveReport.From(facts);

    public static HopsReport Hops(ReportFacts facts) => HopsReport.From(facts);

    public static ReopensReport Reopens(ReportFacts facts) => ReopensReport.From(facts);

    public static FirstContactReport FirstContact(ReportFacts facts) => FirstContactReport.From(facts);

    public static BacklogReport Backlog(ReportFacts facts) => BacklogReport.From(facts);

    public static RelayReport Relay(ReportFacts facts) => RelayReport.From(facts);

    public static IReportResult Of(ReportName name, ReportFacts facts) => name switch
    {
        ReportName.Volumes => Volumes(facts),
        ReportName.Compliance => Compliance(facts),
        ReportName.Breaches => Breaches(facts),
        ReportName.Alerts => Alerts(facts),
        ReportName.TimeToResolve => TimeToResolve(facts),
        ReportName.Hops => Hops(facts),
        ReportName.Reopens => Reopens(facts),
        ReportName.FirstContact => FirstContact(facts),
        ReportName.Backlog => Backlog(facts),
        ReportName.Relay => Relay(facts),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "There is no such report."),
    };
}

namespace OpsBoard.Web.Features.Reports;

/// <summary>The reports' short names, for the page's tabs.</summary>
public static class ReportTitles
{
    public static string Tab(ReportName name) => name switch
    {
        ReportName.Volumes => "Volumes",
        ReportName.Compliance => "OLA compliance",
        ReportName.Breaches => "Breaches",
        ReportName.Alerts => "Jeopardy alerts",
        ReportName.TimeToResolve => "Time to resolve",
        ReportName.Hops => "Reassignment hops",
        ReportName.Reopens => "Reopen rate",
        ReportName.FirstContact => "First-contact resolution",
        ReportName.Backlog => "Backlog by age",
        ReportName.Relay => "Relay",
        _ => name.ToString(),
    };
}

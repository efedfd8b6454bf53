namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>How often the reports are written, each for the last whole period before the run (Europe/London days).</summary>
public enum ReportSchedule
{
    /// <summary>Yesterday, every day at 06:00.</summary>
    Daily,

    /// <summary>Last Monday to Sunday, on Mondays at 06:00.</summary>
    Weekly,

    /// <summary>Last calendar month, on the 1st at 06:00.</summary>
    Monthly,
}

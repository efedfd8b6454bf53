namespace OpsBoard.Tests.Reports;

/// <summary>Where the ServiceNow sample lives: ../shared/data/ beside the repository.</summary>
public static class SampleLog
{
    public static string Path => OpsBoard.Tests.Support.SharedData.IncidentLog;
}

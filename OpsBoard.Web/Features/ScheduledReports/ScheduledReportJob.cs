using System.Security.Claims;
using Hangfire;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>
/// Writes every report for the last whole period of a schedule: one CSV per report (the same cells as the page and its CSV
/// export) and one HTML page with them all. Safe to run twice: a re-run of a period replaces its files.
/// </summary>
public sealed class ScheduledReportJob(ReportRunner runner, ReportFolder folder, TimeProvider clock, ILogger<ScheduledReportJob> log)
{
    /// <summary>Who the files are for, said on the page and in each HTML file.</summary>
    public const string Scope = "Security incidents are left out: these files are listed to everyone who may read reports, "
        + "and only security analysts and administrators may see security incidents (they see them on the Reports page).";

    /// <summary>
    /// The scheduled run reads as a viewer with no role: every record but the security incidents, since the files are
    /// open to every reader (decision 0013).
    /// </summary>
    public static readonly ClaimsPrincipal Reader = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "Scheduled reports")], "Scheduled reports"));

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<ReportsWritten> RunAsync(ReportSchedule schedule, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var period = ReportPeriod.Before(schedule, now);
        var results = await runner.RunAsync(Enum.GetValues<ReportName>(), new ReportRequest(period.From, period.To), Reader, ct);
        var files = new List<string>(results.Count + 1);
        foreach (var result in results)
        {
            var name = ReportFile.CsvName(period, result.Table.Name);
            await folder.WriteAsync(name, ReportEndpoints.ToCsv(result.Table), ct);
            files.Add(name);
        }
        var html = ReportFile.HtmlName(period);
        await folder.WriteAsync(html, ReportHtml.Write(period, [.. results.Select(r => r.Table)], now), ct);
        files.Add(html);
        log.LogInformation("Wrote the {Schedule} reports for {Period} to {Folder}.", schedule, period.Describe(), folder.Path);
        return new ReportsWritten(period, files);
    }
}

/// <summary>What a run wrote: the period and the files' names.</summary>
public sealed record ReportsWritten(ReportPeriod Period, IReadOnlyList<string> Files);

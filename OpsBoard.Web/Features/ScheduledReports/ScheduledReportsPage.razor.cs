using Microsoft.AspNetCore.Components;

namespace OpsBoard.Web.Features.ScheduledReports;

public partial class ScheduledReportsPage
{
    private IReadOnlyList<ReportRun> runs = [];
    private ReportSchedule? running;
    private string? outcome;
    private bool failed;

    [Inject] private ReportFolder Folder { get; set; } = default!;

    [Inject] private ScheduledReportJob Job { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Inject] private ILogger<ScheduledReportsPage> Log { get; set; } = default!;

    protected override void OnInitialized() => runs = ReportRun.Of(Folder.List());

    private async Task RunAsync(ReportSchedule schedule)
    {
        running = schedule;
        outcome = null;
        try
        {
            var written = await Job.RunAsync(schedule, CancellationToken.None);
            (outcome, failed) = ($"Wrote the {Word(schedule)} reports for {written.Period.Describe()}: {written.Files.Count} files.", false);
        }
        catch (Exception error)
        {
            Log.LogError(error, "Writing the {Schedule} reports failed.", schedule);
            (outcome, failed) = ($"The {Word(schedule)} reports could not be written: {error.Message} Try again, or look in the log.", true);
        }
        finally
        {
            running = null;
            runs = ReportRun.Of(Folder.List());
        }
    }

    private static string Word(ReportSchedule schedule) => schedule.ToString().ToLowerInvariant();

    private static string Url(ReportFile file) => $"api/reports/files/{Uri.EscapeDataString(file.Name)}";
}

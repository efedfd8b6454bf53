using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb.Csv;
using OpsBoard.Web.Features.Reports;
using OpsBoard.Web.Features.ScheduledReports;

namespace OpsBoard.Tests.Features.ScheduledReports;

/// <summary>The scheduled run, called as Hangfire calls it, at a fixed time: its files, the list and the download endpoint.</summary>
public sealed class ScheduledReportJobTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"opsboard-reports-{Guid.NewGuid():N}");

    private string folder => Path.Combine(root, "reports");

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private OpsBoardApp App() => new() { DemoRecords = 0, Settings = new Dictionary<string, string> { [ReportFolder.Setting] = folder } };

    [Fact]
    public async Task Daily_WritesACsvPerReportEqualToTheRunnersTable_AndOneHtmlWithThemAll_LeavingOutSecurityIncidents()
    {
        await using var app = App();
        var client = app.CreateClient();
        var services = (await client.CatalogueAsync()).Services;
        await client.OpenIncidentAsync(services[0]);
        await client.OpenIncidentAsync(services[1]);
        var secret = ApiClient.NewIncident(services[0]);
        secret["securityIncident"] = true;
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/records", secret.ToJsonString())).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var period = ReportPeriod.Before(ReportSchedule.Daily, app.Clock.GetUtcNow());
        // A file of the period already there (an earlier run) is replaced whole.
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, ReportFile.CsvName(period, ReportName.Volumes)), "stale");

        var written = await app.Services.GetRequiredService<ScheduledReportJob>().RunAsync(ReportSchedule.Daily, CancellationToken.None);

        Assert.Equal(ReportPeriod.Starting(ReportSchedule.Daily, new DateOnly(2026, 11, 30)), written.Period);
        var names = Enum.GetValues<ReportName>().Select(n => $"2026-11-30-daily-{n.Slug()}.csv").Append("2026-11-30-daily.html").Order().ToList();
        Assert.Equal(names, Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order().ToList());
        Assert.Equal(names, written.Files.Order().ToList());
        var runner = app.Services.GetRequiredService<ReportRunner>();
        var request = new ReportRequest(period.From, period.To);
        foreach (var name in Enum.GetValues<ReportName>())
        {
            var table = (await runner.RunAsync(name, request, ScheduledReportJob.Reader)).Table;
            var (rows, problem) = CsvReader.Read(await File.ReadAllTextAsync(Path.Combine(folder, ReportFile.CsvName(period, name))));
            Assert.Null(problem);
            Assert.Equal([table.Columns, .. table.Rows], rows.Select(r => r.Fields));
        }
        var volumes = (await runner.RunAsync(ReportName.Volumes, request, ScheduledReportJob.Reader)).Table;
        var everything = (await runner.RunAsync(ReportName.Volumes, request, new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, OpsBoard.Web.Features.Access.Roles.Admin)], "Test")))).Table;
        Assert.Equal(("2", "3"), (volumes.Rows[^1][1], everything.Rows[^1][1]));

        var html = await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-30-daily.html"));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html);
        Assert.Contains("<h1>OpsBoard daily reports: Monday 30 November 2026</h1>", html);
        Assert.Contains(ScheduledReportJob.Scope, html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        foreach (var name in Enum.GetValues<ReportName>()) Assert.Contains($"<h2 id=\"{name.Slug()}\">", html);
        Assert.Contains("<th scope=\"col\">Opened</th>", html);
        Assert.Contains("<th scope=\"row\">Total</th><td class=\"n\">2</td>", html);
    }

    [Fact]
    public async Task Download_ServesListedFilesWithTheirTypes_AndNothingElse()
    {
        await using var app = App();
        var client = app.CreateClient();
        await app.Services.GetRequiredService<ScheduledReportJob>().RunAsync(ReportSchedule.Weekly, CancellationToken.None);
        await app.Services.GetRequiredService<ScheduledReportJob>().RunAsync(ReportSchedule.Daily, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a report");
        await File.WriteAllTextAsync(Path.Combine(root, "2026-11-29-daily-volumes.csv"), "outside the folder");

        var listed = app.Services.GetRequiredService<ReportFolder>().List();
        var runs = ReportRun.Of(listed);

        // Newest first; of periods ending the same day, the longer first.
        Assert.Equal(["Monday 23 to Sunday 29 November 2026", "Sunday 29 November 2026"], runs.Select(r => r.Period.Describe()));
        Assert.All(runs, r => Assert.Equal(("html", 10), (Path.GetExtension(r.Html!.Name)[1..], r.Csvs.Count)));
        Assert.DoesNotContain(listed, f => f.Name == "notes.txt");
        var csv = await client.GetAsync("/api/reports/files/2026-11-29-daily-volumes.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-29-daily-volumes.csv")), await csv.Content.ReadAsStringAsync());
        var html = await client.GetAsync("/api/reports/files/2026-11-23-weekly.html");
        Assert.Equal(("text/html", "utf-8"), (html.Content.Headers.ContentType?.MediaType, html.Content.Headers.ContentType?.CharSet));

        foreach (var name in new[] { "..%2F2026-11-29-daily-volumes.csv", "..%2F..%2Fappsettings.json", "%2E%2E%2Fnotes.txt", "..%5C2026-11-29-daily.html", "notes.txt", "2026-11-28-daily.html" })
        {
            var refused = await client.GetAsync($"/api/reports/files/{name}");
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{name}: {(int)refused.StatusCode}");
            Assert.Contains("No scheduled report file is named", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClientWithoutRedirects().GetAsync("/api/reports/files/2026-11-29-daily-volumes.csv")).StatusCode);
    }
}

using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.ScheduledReports;

namespace OpsBoard.Tests.Browser;

/// <summary>The scheduled reports page in a real browser: an administrator runs one now and downloads it; others only list and download.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduledReportsBrowserTests(BrowserSession browser) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"opsboard-reports-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task RunNow_WritesTheFilesAndListsThem_NewestFirst_ForDownload()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 10, Settings = new Dictionary<string, string> { [ReportFolder.Setting] = folder } };
        var page = await browser.OpenAsync(new Uri(app.Address, "reports/scheduled"));
        await Assertions.Expect(page.Locator("[data-testid=no-scheduled-reports]")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-testid=run-monthly]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=run-outcome]")).ToHaveTextAsync("Wrote the monthly reports for October 2026: 11 files.");
        await page.Locator("[data-testid=run-daily]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=run-outcome]")).ToHaveTextAsync("Wrote the daily reports for Sunday 29 November 2026: 11 files.");

        var runs = page.Locator("[data-testid=scheduled-run]");
        await Assertions.Expect(runs).ToHaveCountAsync(2);
        await Assertions.Expect(runs.First.Locator("th")).ToHaveTextAsync("Sunday 29 November 2026");
        await Assertions.Expect(runs.Nth(1).Locator("th")).ToHaveTextAsync("October 2026");
        await Assertions.Expect(runs.First.GetByRole(AriaRole.Link)).ToHaveCountAsync(11);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => runs.First.GetByRole(AriaRole.Link, new() { Name = "2026-11-29-daily-volumes.csv" }).ClickAsync());
        Assert.Equal("2026-11-29-daily-volumes.csv", download.SuggestedFilename);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-29-daily-volumes.csv")), await File.ReadAllTextAsync((await download.PathAsync())!));

        var manager = await browser.OpenAsync(new Uri(app.Address, "reports/scheduled"), user: ("manager@opsboard.demo", OpsBoard.Web.Features.Access.Accounts.DemoPassword));
        await Assertions.Expect(manager.Locator("[data-testid=scheduled-run]")).ToHaveCountAsync(2);
        await Assertions.Expect(manager.Locator("[data-testid=run-daily]")).ToHaveCountAsync(0);
    }
}

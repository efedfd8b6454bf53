using System.Text;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>The history import page in a real browser: a log uploads, the progress bar reaches the end, refused rows are listed by line.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoryImportBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task UploadingALog_ShowsProgressToTheEnd_TheSummary_AndTheRowsLeftOut()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        var lines = File.ReadLines(SharedData.IncidentLog).Take(2_000).ToArray();
        lines[10] = lines[10].Replace(",Active,", ",-100,", StringComparison.Ordinal).Replace(",New,", ",-100,", StringComparison.Ordinal);
        var page = await browser.OpenAsync(new Uri(app.Address, "admin/history-import"));
        await BrowserSession.WaitForInteractiveAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("input[data-testid=soc-group]").FillAsync("Group 70");
        await page.Locator("#history-file").SetInputFilesAsync(new FilePayload
        {
            Name = "servicenow-log.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", lines)),
        });
        await page.Locator("[data-testid=start-import]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("imported from 1,999 rows; 1 row refused", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-testid=progress-text]")).ToContainTextAsync("Imported servicenow-log.csv: Saving records");
        await Assertions.Expect(page.Locator("[data-testid=progress-text]")).ToContainTextAsync("(100%)");
        await Assertions.Expect(page.Locator("[data-testid=problem-line]")).ToHaveTextAsync("11");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("history-import.png"), FullPage = true });
    }
}

using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb.Csv;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Browser;

/// <summary>The reports page in a real browser over the demo data: charts and tables, axe, and each CSV against the screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsBrowserTests(BrowserSession browser)
{
    private static Task<string[][]> CellsAsync(ILocator table) =>
        table.EvaluateAsync<string[][]>("""
            t => [...t.querySelectorAll('thead tr, tbody tr:not([data-testid=report-empty])')]
                .map(r => [...r.querySelectorAll('th, td')].map(c => c.textContent.trim()))
            """);

    [Fact]
    public async Task Reports_ShowChartsAndTables_PassAxe_AndEachCsvHoldsTheCellsOnScreen()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true };
        var page = await browser.OpenAsync(new Uri(app.Address, "reports?period=last-30-days"));

        var volumes = page.Locator("[data-testid=report-table][data-report=volumes]");
        await Assertions.Expect(volumes).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-chart] svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-period-text]")).ToContainTextAsync("(Europe/London), counted by day.");
        Assert.True(await volumes.Locator("[data-testid=report-row]").CountAsync() >= 30);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("reports.png"), FullPage = true });

        foreach (var name in Enum.GetValues<ReportName>())
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = ReportTitles.Tab(name), Exact = true }).ClickAsync();
            var table = page.Locator($"[data-testid=report-table][data-report={name.Slug()}]");
            await Assertions.Expect(table).ToBeVisibleAsync();
            // The tab shown is kept in the address (the first is shown when none is named).
            if (name != ReportName.Volumes) await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"report={name.Slug()}"));
            var href = await page.Locator($"[data-testid=report][data-report={name.Slug()}] [data-testid=report-csv]").GetAttributeAsync("href");

            var response = await page.Context.APIRequest.GetAsync(new Uri(app.Address, href!).ToString());

            Assert.True(response.Ok, $"{name}: {response.Status}");
            var (csv, problem) = CsvReader.Read(await response.TextAsync());
            Assert.Null(problem);
            var screen = await CellsAsync(table);
            Assert.Equal(screen.Select(r => r.ToList()), csv.Select(r => r.Fields.ToList()));
            Assert.True(screen.Length >= 2, $"{name} shows a header and at least one row on the demo data.");
        }
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}

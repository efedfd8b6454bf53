using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>The CMDB admin screens in a real browser: each list, the edit dialog and the import page pass axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CmdbPagesTests(BrowserSession browser)
{
    [Fact]
    public async Task EveryCmdbList_TheEditDialog_AndTheImportPage_PassAxe()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        var page = await browser.OpenAsync(new Uri(app.Address, "admin/cmdb/services"));
        foreach (var list in new[] { "services", "configuration-items", "support-groups", "people" })
        {
            await page.GotoAsync(new Uri(app.Address, $"admin/cmdb/{list}").ToString());
            await BrowserSession.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid=cmdb-rows]")).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }

        await page.Locator("[data-testid=cmdb-rows] [data-testid^=edit-]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=cmdb-dialog]")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(new Uri(app.Address, "admin/cmdb/people/import").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "people.csv", MimeType = "text/csv", Buffer = "Name,Email,Job title,Retired\r\nNo Email,,Analyst,no\r\n"u8.ToArray(),
        });
        await Assertions.Expect(page.Locator("[data-testid=import-error]")).ToContainTextAsync("Enter the person's email.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("cmdb-import.png"), FullPage = true });
    }
}

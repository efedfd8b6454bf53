using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>The admin screens in a real browser: an edit refused and then saved, a calendar edited from a date, the audit log; axe on each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPagesTests(BrowserSession browser)
{
    [Fact]
    public async Task EditPolicyAndCalendar_AreConfirmedAndAudited_AndEveryScreenPassesAxe()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 10 };
        var page = await browser.OpenAsync(new Uri(app.Address, "admin/ola"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-testid=edit-default-p4]").ClickAsync();
        await page.Locator("input[data-testid=policy-response]").FillAsync("0m");
        await page.Locator("[data-testid=policy-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=policy-dialog]")).ToContainTextAsync("The response target must be longer than zero.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("input[data-testid=policy-response]").FillAsync("6h");
        await page.Locator("[data-testid=policy-save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Default P4 saved. Response: 8h -> 6h.");
        await Assertions.Expect(page.Locator("[data-testid=default-policies]")).ToContainTextAsync("6h");

        await page.GotoAsync(new Uri(app.Address, "admin/calendars").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit from a date" }).ClickAsync();
        await page.Locator("input[data-testid=calendar-from]").FillAsync("2026-12-07");
        await page.GetByLabel("Friday until").FillAsync("17:00");
        await Assertions.Expect(page.Locator("[data-testid=calendar-summary]")).ToContainTextAsync("Friday: 08:00-18:00 -> 08:00-17:00");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-testid=calendar-save]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("Working hours saved. Rules from Mon 7 Dec 2026");
        await Assertions.Expect(page.Locator("[data-testid=version-2026-12-07]")).ToContainTextAsync("Scheduled");

        await page.GotoAsync(new Uri(app.Address, "admin/audit").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        var rows = page.Locator("[data-testid=audit-grid] tbody tr");
        // Newest first: the two edits, then this administrator's sign-in; record changes (from their history) come after.
        await Assertions.Expect(rows.First).ToContainTextAsync("Working hours");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("Signed in from");
        await Assertions.Expect(rows.Filter(new() { HasText = "Record" })).Not.ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("input[data-testid=audit-search]").FillAsync("8h -> 6h");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Response: 8h -> 6h");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("admin-audit.png"), FullPage = true });
    }
}

using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>Integrations and routing rules in a real browser: a key issued once and revoked, a rule refused then added and tried; axe on each state.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EventAdminBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task IssueAndRevokeAKey_ThenAddAndTryARule_AndEveryScreenPassesAxe()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        var page = await browser.OpenAsync(new Uri(app.Address, "admin/integrations"));
        await Assertions.Expect(page.Locator("[data-testid=no-integrations]")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("input[data-testid=integration-name]").FillAsync("Prometheus production");
        await BrowserSession.ChooseAsync(page, "integration-service", "Summary Care Record");
        await page.Locator("[data-testid=issue-key]").ClickAsync();
        var shown = page.Locator("[data-testid=issued-key]");
        await Assertions.Expect(shown).ToContainTextAsync("it will not be shown again");
        var key = (await page.Locator("[data-testid=issued-key-value]").TextContentAsync())!.Trim();
        Assert.Equal(32, key.Length);
        await Assertions.Expect(page.Locator("[data-testid=key-hint]")).ToHaveTextAsync($"\u2026{key[^4..]}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-testid=key-done]").ClickAsync();
        await Assertions.Expect(shown).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the key of Prometheus production" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke key" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=integrations] tbody tr").First).ToContainTextAsync("Revoked");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(new Uri(app.Address, "admin/routing").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=no-rules]")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-testid=add-rule]").ClickAsync();
        await page.Locator("input[data-testid=rule-name]").FillAsync("Spine database");
        await page.Locator("input[data-testid=rule-pattern]").FillAsync("spine-(db");
        await page.GetByLabel("Regular expression", new() { Exact = true }).CheckAsync();
        await BrowserSession.ChooseAsync(page, "rule-group", "2nd line Spine");
        await page.Locator("[data-testid=rule-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rule-dialog]")).ToContainTextAsync("The pattern is not a valid regular expression");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("input[data-testid=rule-pattern]").FillAsync("spine-db.*");
        await page.Locator("[data-testid=rule-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=rules]")).ToContainTextAsync("spine-db.*");

        await page.Locator("input[data-testid=try-source]").FillAsync("spine-db-01");
        await page.Locator("[data-testid=try-route]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=try-result]")).ToContainTextAsync("2nd line Spine would take it: rule 1 \"Spine database\"");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("admin-routing.png"), FullPage = true });
    }
}

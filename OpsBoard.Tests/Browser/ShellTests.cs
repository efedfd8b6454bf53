using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserSession browser)
{
    [Fact]
    public async Task ThemeToggle_SwitchesToDark_AndBack()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoData = false };
        var page = await browser.OpenAsync(new Uri(app.Address, "no-such-page"), user: app.Admin);

        await page.GetByText("Page not found").WaitForAsync();
        var toggle = page.Locator("[data-testid=theme-toggle]");
        var label = await toggle.GetAttributeAsync("aria-label");
        await toggle.ClickAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=theme-toggle]').getAttribute('aria-label') !== '{label}'");

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}

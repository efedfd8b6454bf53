using System.Net;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>A record's clocks in a real browser: ticking, the explanation dialog, and axe in both themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClocksBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task ClocksPanel_TicksAndExplains_AndPassesAxeInBothThemes()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        using var client = app.LoopbackClient();
        var created = await client.PostJsonAsync("/api/records", ApiClient.NewIncident((await client.CatalogueAsync()).Services[0]).ToJsonString());
        var number = (string)(await created.ReadObjectAsync())["number"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Acknowledge"}""")).StatusCode);
        app.BrowserClock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync($"/api/records/{number}/actions", """{"action":"Pend","pendingReason":"AwaitingCaller"}""")).StatusCode);

        var page = await browser.OpenAsync(new Uri(app.Address, $"records/{number}"));
        var recordLeft = page.Locator("[data-clock=recordresolution-0] [data-testid=clock-left]");
        await Assertions.Expect(page.Locator("[data-clock=resolution-1] [data-testid=clock-paused]")).ToContainTextAsync("Paused: awaiting caller");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Resumed, the clocks run again: the page reloads them after the action and the countdown moves on by itself.
        await page.Locator("[data-testid=action-resume]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-clock=resolution-1] [data-testid=clock-paused]")).ToHaveCountAsync(0);
        var before = await recordLeft.InnerTextAsync();
        await Assertions.Expect(recordLeft).Not.ToHaveTextAsync(before);

        await page.Locator("[data-testid=theme-toggle]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=theme-toggle]")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-clock=resolution-1] [data-testid=clock-explain]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Why is it due then? Resolution, Service Operations Centre");
        await Assertions.Expect(dialog.Locator("[data-testid=clock-span][data-kind=Paused]")).ToContainTextAsync("awaiting caller");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("record-clocks-explained.png") });

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await page.Locator("[data-testid=theme-toggle]").ClickAsync();
        await page.Locator("[data-clock=resolution-1] [data-testid=clock-explain]").ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}

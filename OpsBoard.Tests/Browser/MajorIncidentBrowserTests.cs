using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Browser;

/// <summary>
/// A service manager declares a major incident in a real browser: an open wall screen shows its banner within 2 s, every
/// page shows it, the manager posts an update, links a child from the queue and hands it over to problem management.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MajorIncidentBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task Declare_ShowsTheBannerOnAnOpenWallWithinTwoSeconds_ThenTheManagerRunsIt()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, Jobs = true, DemoRecords = 0 };
        using var client = app.LoopbackClient();
        var service = (await client.CatalogueAsync()).Services[0];
        var number = await client.OpenIncidentAsync(service);
        var child = await client.OpenIncidentAsync(service);
        var wall = await browser.OpenAsync(new Uri(app.Address, "wall"), 1920, 1080);
        await Assertions.Expect(wall.Locator("[data-testid=wall-live]")).ToHaveAttributeAsync("data-live", "true");
        await Assertions.Expect(wall.Locator("[data-testid=wall-major-banner]")).ToHaveCountAsync(0);
        var manager = Accounts.Demo.Single(a => a.Role == Roles.ServiceManager).Email;
        var page = await browser.OpenAsync(new Uri(app.Address, $"records/{number}"), user: (manager, Accounts.DemoPassword));

        await page.Locator("[data-testid=action-declare-major-incident]").ClickAsync();
        await page.Locator("[data-testid=dialog-manager]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator("[data-testid=dialog-submit]").ClickAsync();

        await Assertions.Expect(wall.Locator($"[data-testid=wall-major-banner][data-number={number}]")).ToBeVisibleAsync(new() { Timeout = 2_000 });
        await Assertions.Expect(page.Locator($"[data-testid=major-incident-banner][data-number={number}]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=update-due]")).ToContainTextAsync("in 30 min");

        await page.Locator("textarea[data-testid=update-text]").FillAsync("Supplier engaged; failover under way");
        await page.Locator("[data-testid=post-update]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=mi-timeline-entry]").First).ToContainTextAsync("Supplier engaged; failover under way");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("major-incident.png"), FullPage = true });

        await page.GotoAsync(new Uri(app.Address, $"queue?q={child}").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        var rows = page.Locator("[data-testid=queue-grid] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"[data-testid=major-incident-banner][data-number={number}]")).ToBeVisibleAsync();
        await rows.First.Locator("input[type=checkbox]").CheckAsync();
        await page.Locator("[data-testid=queue-link-major-incident]").ClickAsync();
        await page.Locator("[data-testid=dialog-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=link-dialog]")).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(app.Address, $"records/{number}").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator($"[data-testid=child][data-number={child}]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=major-incident-banner][data-number={number}]")).ToContainTextAsync("1 child incident");

        await page.Locator("[data-testid=hand-over-button]").ClickAsync();
        await page.Locator("[data-testid=dialog-problem-owner]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator("[data-testid=dialog-submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=hand-over]")).ToContainTextAsync("Problem management: PRB");
        await Assertions.Expect(page.Locator("[data-testid=mi-timeline-entry]").First).ToContainTextAsync("to problem management: PRB");
    }
}

using System.Net;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Browser;

/// <summary>
/// The wall in a real browser, left alone as on a TV: a change made through the API shows within 2 s; stopping the server
/// shows the stale banner; a new server on the same port and database brings it back live with no reload by anyone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WallBrowserTests(BrowserSession browser)
{
    private static readonly LocatorAssertionsToHaveTextOptions WithinTwoSeconds = new() { Timeout = 2_000 };

    [Fact]
    public async Task Wall_ShowsAnApiChangeWithinTwoSeconds_AndComesBackLiveAfterTheServerRestarts()
    {
        var port = OpsBoardApp.FreeLoopbackPort();
        var first = new OpsBoardApp { OnLoopbackPort = true, Port = port, Jobs = true, DemoRecords = 0, KeepDatabase = true };
        OpsBoardApp? second = null;
        try
        {
            var address = first.Address;
            using var client = first.LoopbackClient();
            var service = (await client.CatalogueAsync()).Services[0];
            var page = await browser.OpenAsync(new Uri(address, "wall"), 1920, 1080);
            var live = page.Locator("[data-testid=wall-live]");
            var p2 = page.Locator("[data-testid=tile-p2-count]");
            var notLive = page.Locator("#connection-banner");
            await Assertions.Expect(live).ToHaveAttributeAsync("data-live", "true");
            await Assertions.Expect(notLive).ToBeHiddenAsync();
            await Assertions.Expect(p2).ToHaveTextAsync("0");

            var created = await client.PostJsonAsync("/api/records", ApiClient.NewIncident(service).ToJsonString());
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var number = (string)(await created.ReadObjectAsync())["number"]!;
            await Assertions.Expect(p2).ToHaveTextAsync("1", WithinTwoSeconds);
            await Assertions.Expect(page.Locator($"[data-testid=wall-row][data-number={number}]")).ToContainTextAsync(number, new() { Timeout = 2_000 });

            await AssertNoScrollbarsAsync(page);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("wall.png") });
            await page.SetViewportSizeAsync(3840, 2160);
            await AssertNoScrollbarsAsync(page);
            await page.SetViewportSizeAsync(1920, 1080);

            var updated = await page.Locator("[data-testid=wall-updated]").InnerTextAsync();
            await first.DisposeAsync();
            await Assertions.Expect(notLive).ToBeVisibleAsync();
            await Assertions.Expect(notLive).ToContainTextAsync("DATA NOT LIVE since");
            Assert.Matches(@"^\d\d:\d\d:\d\d$", await notLive.Locator("[data-reconnect-since]").InnerTextAsync());
            Assert.True(string.CompareOrdinal(await notLive.Locator("[data-reconnect-since]").InnerTextAsync(), updated) >= 0,
                "The banner says the data is stale since its last update, not before.");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("wall-not-live.png") });

            // A new process on the same port and database: the old circuit is gone, so the page reloads itself once the server answers.
            second = new OpsBoardApp { OnLoopbackPort = true, Port = port, Jobs = true, Store = first.Store };
            Assert.Equal(address, second.Address);
            await Assertions.Expect(notLive).ToBeHiddenAsync();
            await Assertions.Expect(live).ToHaveAttributeAsync("data-live", "true");
            await Assertions.Expect(p2).ToHaveTextAsync("1");
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null) await second.DisposeAsync();
            first.Store.Delete();
        }
    }

    private static async Task AssertNoScrollbarsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight]");
        Assert.True(overflow.All(o => o <= 0), $"The wall overflows its {page.ViewportSize!.Width}x{page.ViewportSize.Height} screen by {overflow[0]} x {overflow[1]} px.");
        var clipped = await page.Locator("[data-testid=wall-row]").EvaluateAllAsync<int>(
            "rows => rows.filter(r => r.getBoundingClientRect().bottom > r.closest('.wall-panel').getBoundingClientRect().bottom).length");
        Assert.Equal(0, clipped);
    }
}

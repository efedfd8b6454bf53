using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;

namespace OpsBoard.Tests.Browser;

/// <summary>Two people, two browsers: one works a record, the other watches the queue, which follows without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveQueueBrowserTests(BrowserSession browser)
{
    private const string Marker = "Live queue marker";

    /// <summary>The promise: a change shows on another's queue within 2 seconds.</summary>
    private const float Within = 2_000;

    [Fact]
    public async Task Queue_ShowsChangesFromAnotherBrowserAndFromTheApi_WithinTwoSeconds()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        using var api = app.LoopbackClient();
        var service = (await api.CatalogueAsync()).Services[0];
        var first = await OpenAsync(api, service, $"{Marker}: Spine messages delayed");
        await using var watcher = await browser.Browser.NewContextAsync(ContextOptions);
        await using var worker = await browser.Browser.NewContextAsync(ContextOptions);

        var queue = await OpenAsync(watcher, new Uri(app.Address, $"queue?q={Uri.EscapeDataString(Marker)}"));
        var grid = queue.Locator("[data-testid=queue-grid]");
        var rows = grid.Locator("tbody tr").Filter(new() { Has = queue.GetByRole(AriaRole.Link) });
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("New");
        var record = await OpenAsync(worker, new Uri(app.Address, $"records/{first}"));

        await record.Locator("[data-testid=action-acknowledge]").ClickAsync();

        await Assertions.Expect(rows.First).ToContainTextAsync("In progress", new() { Timeout = Within });
        await Assertions.Expect(rows.First.Locator("[data-testid=queue-row-changed]")).ToHaveTextAsync("Updated", new() { Timeout = Within });

        var second = await OpenAsync(api, service, $"{Marker}: Spine messages lost");

        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = second })).ToBeVisibleAsync(new() { Timeout = Within });
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = Within });
        await Assertions.Expect(queue.Locator("[data-testid=queue-live]")).ToContainTextAsync(second);
        await queue.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("queue-live-update.png") });
        await Accessibility.AssertNoSeriousViolationsAsync(queue);
    }

    private static BrowserNewContextOptions ContextOptions => new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = "en-GB" };

    private static async Task<IPage> OpenAsync(IBrowserContext context, Uri url)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, url, OpsBoard.Web.Features.Access.Accounts.Demo[^1].Email, OpsBoard.Web.Features.Access.Accounts.DemoPassword);
        await BrowserSession.WaitForInteractiveAsync(page);
        return page;
    }

    private static async Task<string> OpenAsync(HttpClient api, ServiceOption service, string title)
    {
        var body = ApiClient.NewIncident(service);
        body["title"] = title;
        var response = await api.PostJsonAsync("/api/records", body.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.ReadObjectAsync())["number"]!;
    }
}

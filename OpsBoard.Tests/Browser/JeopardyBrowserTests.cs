using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Tests.Browser;

/// <summary>Two service managers on the jeopardy console in two browser contexts on one app.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JeopardyBrowserTests(BrowserSession browser)
{
    private static readonly string[] Services = ["Spine Messaging Service", "GP Connect", "NHS App"];

    [Fact]
    public async Task Acknowledging_OnOneConsole_RemovesTheAlertFromTheOtherWithinTwoSeconds_AndThePagePassesAxe()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        using var client = app.LoopbackClient();
        var catalogue = await client.CatalogueAsync();
        var numbers = new List<string>();
        foreach (var name in Services)
        {
            var body = ApiClient.NewIncident(catalogue.Services.Single(s => s.Name == name));
            body["urgency"] = "High";
            numbers.Add((string)(await (await client.PostJsonAsync("/api/records", body.ToJsonString())).ReadObjectAsync())["number"]!);
            app.BrowserClock.Advance(TimeSpan.FromMinutes(1));
        }
        app.BrowserClock.Advance(AlertSeed.IntoJeopardy);
        Assert.Equal(3, (await app.Services.GetRequiredService<OlaSweepJob>().RunAsync()).Alerts);

        // Each page opens in a browser context of its own: two people at two desks.
        var mine = await browser.OpenAsync(new Uri(app.Address, "jeopardy"));
        var theirs = await browser.OpenAsync(new Uri(app.Address, "jeopardy"));
        Assert.NotSame(mine.Context, theirs.Context);
        await Assertions.Expect(mine.Locator("[data-testid=alert]")).ToHaveCountAsync(3);
        var theirRow = theirs.Locator($"[data-testid=alert][data-number={numbers[0]}]");
        await Assertions.Expect(theirRow).ToHaveCountAsync(1);
        await Assertions.Expect(mine.Locator("[data-testid=alert]").First).ToHaveAttributeAsync("data-number", numbers[0]);
        await Accessibility.AssertNoSeriousViolationsAsync(mine);
        await mine.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("jeopardy.png"), FullPage = true });

        await mine.Locator($"[data-testid=alert][data-number={numbers[0]}] [data-testid=alert-acknowledge]").ClickAsync();
        var submit = mine.Locator("[data-testid=dialog-submit]");
        await Assertions.Expect(submit).ToBeDisabledAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(mine);
        await mine.Locator("[data-testid=dialog-note]").FillAsync("Accepted the risk: the supplier's fix lands at 09:30.");
        await submit.ClickAsync();
        var acknowledged = Stopwatch.StartNew();

        await Assertions.Expect(theirRow).ToHaveCountAsync(0, new() { Timeout = 2_000 });
        Console.WriteLine($"The acknowledged alert left the other console {acknowledged.ElapsedMilliseconds} ms after the click.");
        await Assertions.Expect(theirs.Locator("[data-testid=alert]")).ToHaveCountAsync(2);
        await Assertions.Expect(mine.Locator("[data-testid=alert]")).ToHaveCountAsync(2);
        await Accessibility.AssertNoSeriousViolationsAsync(theirs);
    }
}

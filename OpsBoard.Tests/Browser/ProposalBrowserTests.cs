using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Browser;

/// <summary>
/// Five incidents on one configuration item within minutes: an open jeopardy console shows the proposed major incident
/// without reload, passes axe, and a service manager accepts it, declaring one and linking the others.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProposalBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task Proposal_AppearsOnAnOpenConsole_AndAcceptingItDeclaresAMajorIncidentWithChildren()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        using var client = app.LoopbackClient();
        var service = (await client.CatalogueAsync()).Services[0];
        var manager = Accounts.Demo.Single(a => a.Role == Roles.ServiceManager).Email;
        var page = await browser.OpenAsync(new Uri(app.Address, "jeopardy?show=all"), user: (manager, Accounts.DemoPassword));
        await Assertions.Expect(page.Locator("[data-testid=proposal]")).ToHaveCountAsync(0);

        var numbers = new List<string>();
        for (var i = 0; i < 5; i++) numbers.Add(await client.OpenIncidentAsync(service));

        var proposal = page.Locator("[data-testid=proposal]");
        await Assertions.Expect(proposal).ToHaveCountAsync(1);
        await Assertions.Expect(proposal.Locator("[data-testid=proposal-incident]")).ToHaveCountAsync(5);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("proposal.png"), FullPage = true });

        await proposal.Locator("[data-testid=proposal-accept]").ClickAsync();
        await page.Locator("[data-testid=dialog-manager]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Locator("[data-testid=dialog-submit]").ClickAsync();

        await Assertions.Expect(proposal).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=major-incident-banner]")).ToContainTextAsync("4 child incidents");
    }
}

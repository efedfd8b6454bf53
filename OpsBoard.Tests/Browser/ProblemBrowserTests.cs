using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.Browser;

/// <summary>Problem management in a real browser: open a problem from its page, link an incident to it, and every page passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProblemBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task OpenProblemAndLinkAnIncident_WorksEndToEnd_AndEveryPagePassesAxe()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true };
        var page = await browser.OpenAsync(new Uri(app.Address, "problems/new"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("input[data-testid=problem-title]").FillAsync("Spine handlers run out of memory weekly");
        await page.Locator("[data-testid=problem-owner]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=problem-save]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=problem-number]")).ToHaveTextAsync(new Regex("^\\s*PRB[0-9]{7}\\s*$"));
        var problem = (await page.Locator("[data-testid=problem-number]").InnerTextAsync()).Trim();
        await Assertions.Expect(page.Locator("[data-testid=problem-status]")).ToContainTextAsync("New");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var incident = await IncidentWithoutProblemAsync(app);
        await page.GotoAsync(new Uri(app.Address, $"records/{incident}").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=record-number]")).ToHaveTextAsync(incident);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-testid=link-problem]").ClickAsync();
        await page.Locator("input[data-testid=dialog-number]").FillAsync(problem);
        await page.Locator("[data-testid=dialog-submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=record-problem]")).ToContainTextAsync(problem);
        await Assertions.Expect(page.Locator("[data-testid=record-problem-status]")).ToContainTextAsync("New");
        await Assertions.Expect(page.Locator("[data-testid=history]")).ToContainTextAsync($"linked {problem}");

        await page.GotoAsync(new Uri(app.Address, $"problems/{problem}").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=linked-record]")).ToContainTextAsync(incident);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync(new Uri(app.Address, "changes").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=change-row]").First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task<string> IncidentWithoutProblemAsync(OpsBoardApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        return await db.Records.Where(r => r.Kind == RecordKind.Incident && r.Status == Status.InProgress && r.ProblemId == null && !r.IsSecurityIncident)
            .OrderBy(r => r.Id).Select(r => r.Number).FirstAsync();
    }
}

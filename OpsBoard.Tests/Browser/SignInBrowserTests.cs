using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserSession browser)
{
    [Fact]
    public async Task SignIn_OpensThePageAskedFor_ShowsWhoIsSignedIn_AndSignOutEndsIt()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB" });
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync(new Uri(app.Address, "queue").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2Fqueue$"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.FillAsync("[data-testid=email]", "manager@opsboard.demo");
        await page.FillAsync("[data-testid=password]", Accounts.DemoPassword);
        await page.ClickAsync("[data-testid=sign-in]");

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(app.Address, "queue").ToString());
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Ruth Okafor");
        await Assertions.Expect(page.Locator("[data-testid=signed-in-roles]")).ToHaveTextAsync("Service manager");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "OLA policies" })).ToHaveCountAsync(0);

        await page.ClickAsync("[data-testid=sign-out]");

        await Assertions.Expect(page.Locator("[data-testid=sign-in-message]")).ToHaveTextAsync("You have signed out.");
        await page.GotoAsync(new Uri(app.Address, "queue").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefused()
    {
        await using var app = new OpsBoardApp { OnLoopbackPort = true, DemoRecords = 0 };
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB" });
        page.SetDefaultTimeout(30_000);
        var signIn = new Uri(app.Address, "account/login").ToString();

        for (var attempt = 1; attempt <= AccessRegistration.MaxFailedSignIns; attempt++)
        {
            await page.GotoAsync(signIn);
            await page.FillAsync("[data-testid=email]", "soc@opsboard.demo");
            await page.FillAsync("[data-testid=password]", $"wrong-password-{attempt}");
            await page.ClickAsync("[data-testid=sign-in]");
            await Assertions.Expect(page.Locator("[data-testid=sign-in-message]")).ToContainTextAsync(
                attempt < AccessRegistration.MaxFailedSignIns ? "do not match an account" : "locked");
        }
        await page.GotoAsync(signIn);
        await page.FillAsync("[data-testid=email]", "soc@opsboard.demo");
        await page.FillAsync("[data-testid=password]", Accounts.DemoPassword);
        await page.ClickAsync("[data-testid=sign-in]");

        await Assertions.Expect(page.Locator("[data-testid=sign-in-message]")).ToContainTextAsync("This account is locked");
        var audit = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<OpsBoard.Web.Data.OpsBoardDb>>().CreateDbContext()
            .AuditLog.Where(a => a.Area == OpsBoard.Web.Data.AuditArea.SignIn).Select(a => a.Change).ToListAsync();
        Assert.Equal(AccessRegistration.MaxFailedSignIns - 1, audit.Count(c => c.StartsWith("Failed sign-in: wrong password", StringComparison.Ordinal)));
        Assert.Equal(2, audit.Count(c => c.StartsWith("Locked out", StringComparison.Ordinal)));
        Assert.DoesNotContain(audit, c => c.StartsWith("Signed in", StringComparison.Ordinal));
    }
}

using Microsoft.Playwright;

namespace OpsBoard.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright; one browser per test class, a fresh page per test.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}. Install it with 'apt-get install chromium' (./test.sh does this for you).");
        }
        // A loaded 2-core CI machine is slow to answer; wait as long for an expectation as for an action.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A page at <paramref name="url"/>, signed in (as the app's administrator unless <paramref name="user"/> says otherwise),
    /// returned once the Blazor circuit is live.
    /// </summary>
    public async Task<IPage> OpenAsync(Uri url, int width = 1440, int height = 900, (string Email, string Password)? user = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "en-GB" });
        page.SetDefaultTimeout(30_000);
        var (email, password) = user ?? (OpsBoard.Web.Features.Access.Accounts.Demo[^1].Email, OpsBoard.Web.Features.Access.Accounts.DemoPassword);
        await SignInAsync(page, url, email, password);
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Signs in through the sign-in page, which then opens <paramref name="url"/>.</summary>
    public static async Task SignInAsync(IPage page, Uri url, string email, string password)
    {
        await page.GotoAsync(new Uri(url, $"/account/login?returnUrl={Uri.EscapeDataString(url.PathAndQuery)}").ToString());
        await page.FillAsync("[data-testid=email]", email);
        await page.FillAsync("[data-testid=password]", password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Opens a MudSelect and picks the option with the given text from its popover.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task DisposeAsync()
    {
        if (playwright is null) return;
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}

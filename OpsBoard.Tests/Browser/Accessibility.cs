using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpsBoard.Tests.Browser;

public static class Accessibility
{
    /// <summary>Runs axe on the page and fails with each serious or critical violation spelled out.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // A confirmation snackbar fades out over its last moments, and a half-transparent one fails contrast: check the settled page.
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}

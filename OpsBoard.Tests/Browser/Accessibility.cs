using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpsBoard.Tests.Browser;

public static class Accessibility
{
    /// <summary>Runs axe on the page and fails with each serious or critical violation spelled out.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}

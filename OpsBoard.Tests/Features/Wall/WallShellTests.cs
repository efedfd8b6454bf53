using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Features.Wall;

/// <summary>The wall's page shell: only what a TV needs to paint fast; the console pages keep MudBlazor.</summary>
public sealed class WallShellTests
{
    [Fact]
    public async Task Wall_LeavesOutMudBlazorsStylesAndScript_WhileOtherPagesKeepThem()
    {
        await using var app = new OpsBoardApp();
        var client = app.CreateClient();

        var wall = await client.GetStringAsync("/wall");
        var queue = await client.GetStringAsync("/queue");

        Assert.Contains("data-testid=\"wall\"", wall);
        Assert.Matches("href=\"wall\\.[a-z0-9]+\\.css\"", wall);
        Assert.DoesNotContain("href=\"_content/MudBlazor/", wall);
        Assert.DoesNotContain("src=\"_content/MudBlazor/", wall);
        Assert.DoesNotContain("--mud-palette", wall);
        Assert.Contains("href=\"_content/MudBlazor/", queue);
        Assert.Contains("src=\"_content/MudBlazor/", queue);
        // Every page runs Blazor's script after its first paint: preloaded, not a blocking script.
        Assert.All(new[] { wall, queue }, html => Assert.Contains("rel=\"preload\" as=\"script\" href=\"_framework/blazor.web.js\"", html));
        Assert.All(new[] { wall, queue }, html => Assert.DoesNotContain("<script src=\"_framework/blazor.web.js\"", html));
    }
}

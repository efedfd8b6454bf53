using Bunit;
using MudBlazor.Services;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Tests.Components;

public sealed class JeopardyChipTests : IAsyncLifetime
{
    private readonly BunitContext context = new();

    public Task InitializeAsync()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Theory]
    [InlineData(JeopardyState.OnTrack, "On track")]
    [InlineData(JeopardyState.Watch, "Watch")]
    [InlineData(JeopardyState.Jeopardy, "Jeopardy")]
    [InlineData(JeopardyState.Breached, "Breached")]
    public void Render_ShowsTextAndAShapeOfItsOwn_ForEachState(JeopardyState state, string text)
    {
        var chip = context.Render<JeopardyChip>(p => p.Add(x => x.State, state));

        Assert.Equal(text, chip.Find(".mud-chip").TextContent.Trim());
        var shape = chip.Find(".mud-chip svg").InnerHtml;
        var others = Enum.GetValues<JeopardyState>().Where(s => s != state)
            .Select(s => context.Render<JeopardyChip>(p => p.Add(x => x.State, s)).Find(".mud-chip svg").InnerHtml);
        Assert.DoesNotContain(shape, others);
    }
}

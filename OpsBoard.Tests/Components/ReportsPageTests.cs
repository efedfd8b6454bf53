using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Components;

/// <summary>The reports page over the demo data: the request is read from the address, and the tables are the runner's.</summary>
public sealed class ReportsPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private IRenderedComponent<ReportsPage> Render(string address)
    {
        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return harness.Context.Render<ReportsPage>();
    }

    [Fact]
    public void Render_ShowsTheVolumesChartAndTable_ForTheDefaultPeriod()
    {
        var page = Render("reports");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=report-table][data-report=volumes] [data-testid=report-row]")), ComponentHarness.Wait);
        Assert.Single(page.FindAll("[data-testid=report-chart]"));
        Assert.Contains("counted by day", page.Find("[data-testid=report-period-text]").TextContent);
    }
}

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

    [Fact]
    public void TheAddressChoosesTheFiltersAndTheTab_AndTheTableIsTheRunners()
    {
        var page = Render("reports?period=custom&from=2026-11-01&to=2026-11-30&priorities=P1&report=time-to-resolve");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=report-table][data-report=time-to-resolve] [data-testid=report-row]")), ComponentHarness.Wait);
        var rows = page.FindAll("[data-testid=report-table] [data-testid=report-row]")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["P2", "0", "-", "-", "-"], rows[1]);
        Assert.NotEqual("0", rows[0][1]);
        Assert.Equal(rows[0].Skip(1), rows[^1].Skip(1));
        var href = page.Find("[data-testid=report-csv]").GetAttribute("href");
        Assert.Equal("api/reports/time-to-resolve.csv?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&priorities=P1", href);
    }

    [Fact]
    public void AnAddressThatCannotBeRead_SaysWhatToGive()
    {
        var page = Render("reports?period=custom&from=2026-11-30&to=2026-11-01");

        page.WaitForAssertion(() => Assert.StartsWith("The period must end after it starts", page.Find("[data-testid=report-problem]").TextContent.Trim()), ComponentHarness.Wait);
        Assert.Empty(page.FindAll("[data-testid=report-table]"));
    }
}

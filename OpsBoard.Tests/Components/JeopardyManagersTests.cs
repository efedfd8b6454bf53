using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Components;

/// <summary>Jeopardy alerts are for the service's managers: the row says whose, and a service manager starts on their own.</summary>
public sealed class JeopardyManagersTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;
    private CatalogueView catalogue = default!;

    public async Task InitializeAsync()
    {
        harness = await ComponentHarness.CreateAsync(demoRecords: 0);
        catalogue = await Service<CmdbCatalogue>().GetAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private T Service<T>() where T : notnull => harness.Context.Services.GetRequiredService<T>();

    private async Task<string> RaiseAsync(string service)
    {
        var number = await AlertSeed.OpenP1Async(Service<RecordingService>(), catalogue.Services.Single(s => s.Name == service));
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        return number;
    }

    private async Task<(string Spine, string Gp)> RaiseTwoAsync()
    {
        var spine = await RaiseAsync("Spine Messaging Service");
        var gp = await RaiseAsync("GP Connect");
        harness.Clock.Advance(AlertSeed.IntoJeopardy);
        await AlertSeed.SweepAsync(harness.Database, Service<ChangeFeed>(), harness.Clock);
        return (spine, gp);
    }

    /// <summary>Signs in as an account belonging to the CMDB person <paramref name="personName"/>.</summary>
    private async Task SignInAsAsync(string personName)
    {
        var userId = await harness.QueryAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Name == personName);
            var user = new OpsBoardUser { UserName = "ruth@opsboard.test", Email = "ruth@opsboard.test", DisplayName = person.Name, PersonId = person.Id };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
        harness.Authorization.SetAuthorized(personName).SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }

    private IRenderedComponent<JeopardyPage> Render(string address = "jeopardy")
    {
        Service<NavigationManager>().NavigateTo(address);
        return harness.Context.Render<JeopardyPage>();
    }

    private static IReadOnlyList<string> Rows(IRenderedComponent<JeopardyPage> page) =>
        [.. page.FindAll("[data-testid=alert]").Select(r => r.GetAttribute("data-number")!)];

    [Fact]
    public async Task Rows_SayWhoTheAlertIsFor_TheItemsOwnManagerBeforeTheServices()
    {
        await harness.QueryAsync(async db =>
        {
            // GP Connect's first item gets its own manager: Ruth Okafor, who manages Spine.
            var ruth = await db.People.SingleAsync(p => p.Name == "Ruth Okafor");
            var service = await db.Services.Include(s => s.ConfigurationItems).ThenInclude(c => c.OwningGroup).SingleAsync(s => s.Name == "GP Connect");
            var item = service.ConfigurationItems.OrderBy(c => c.Name).First();
            Assert.True(item.Revise(item.Name, item.Type, service, item.OwningGroup, ruth, []).Succeeded);
            return await db.SaveChangesAsync();
        });
        var (spine, gp) = await RaiseTwoAsync();

        var page = Render();

        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count), ComponentHarness.Wait);
        Assert.Equal("for Ruth Okafor", page.Find($"[data-testid=alert][data-number={spine}] [data-testid=alert-for]").TextContent.Trim());
        Assert.Equal("for Ruth Okafor", page.Find($"[data-testid=alert][data-number={gp}] [data-testid=alert-for]").TextContent.Trim());
    }

    [Fact]
    public async Task AServiceManager_StartsOnMine_AndAllShowsEveryAlert()
    {
        var (spine, gp) = await RaiseTwoAsync();
        await SignInAsAsync("Ruth Okafor");

        var page = Render();

        page.WaitForAssertion(() => Assert.Equal([spine], Rows(page)), ComponentHarness.Wait);
        Assert.Equal("true", page.Find("[data-testid=show-mine]").GetAttribute("aria-pressed"));
        Assert.Equal("for Ruth Okafor", page.Find("[data-testid=alert-for]").TextContent.Trim());

        page.Find("[data-testid=show-all]").Click();

        page.WaitForAssertion(() => Assert.Equal([spine, gp], Rows(page)), ComponentHarness.Wait);
        Assert.Contains("show=all", Service<NavigationManager>().Uri);
        Assert.Equal("true", page.Find("[data-testid=show-all]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Mine_KeepsTheGroupAndServiceFiltersWorking()
    {
        var (spine, _) = await RaiseTwoAsync();
        await SignInAsAsync("Ruth Okafor");
        var gpService = catalogue.Services.Single(s => s.Name == "GP Connect").Id;

        var page = Render($"jeopardy?show=all&services={gpService}");

        page.WaitForAssertion(() => Assert.Single(Rows(page)), ComponentHarness.Wait);
        Assert.DoesNotContain(spine, Rows(page));
        page.Find("[data-testid=show-mine]").Click();
        page.WaitForAssertion(() => Assert.Contains("No open jeopardy alerts of what you manage in these groups and services", page.Find("[data-testid=alerts-empty]").TextContent), ComponentHarness.Wait);
    }

    [Fact]
    public async Task SomeoneWhoManagesNothing_SeesNoToggle_AndEveryAlert()
    {
        await RaiseTwoAsync();

        var page = Render();

        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count), ComponentHarness.Wait);
        Assert.Empty(page.FindAll("[data-testid=show-mine]"));
    }
}

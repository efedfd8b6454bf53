using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Components;

public sealed class NewRecordPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("high", "high", "P1")]
    [InlineData("low", "low", "P5")]
    [InlineData("medium", "high", "P2")]
    [InlineData("high", "low", "P3")]
    [InlineData("low", "medium", "P4")]
    public void Priority_FollowsImpactAndUrgency_WhenEitherChanges(string impact, string urgency, string expected)
    {
        var page = RenderPage();
        Assert.Equal("P3", ShownPriority(page));

        page.Find($"[data-testid=impact-{impact}]").Click();
        page.Find($"[data-testid=urgency-{urgency}]").Click();

        page.WaitForAssertion(() => Assert.Equal(expected, ShownPriority(page)), ComponentHarness.Wait);
    }

    [Fact]
    public void Priority_FollowsStoredMatrix_WhenAdministratorChangedACell()
    {
        ChangeStoredMatrix(Impact.Low, Urgency.Low, Priority.P4);
        var page = RenderPage();

        page.Find("[data-testid=impact-low]").Click();
        page.Find("[data-testid=urgency-low]").Click();

        page.WaitForAssertion(() => Assert.Equal("P4", ShownPriority(page)), ComponentHarness.Wait);
    }

    [Fact]
    public async Task Submit_ShowsTitleProblemAndSavesNothing_WhenTitleEmpty()
    {
        var before = await harness.QueryAsync(db => db.Records.CountAsync());
        var page = RenderPage();
        FillAllBut(page, "title");

        page.Find("[data-testid=submit-record]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter a title", TitleField(page).TextContent), ComponentHarness.Wait);
        Assert.Equal("true", page.Find("[data-testid=title]").GetAttribute("aria-invalid"));
        Assert.Contains("not saved", page.Find("[data-testid=form-problems]").TextContent);
        Assert.Equal(before, await harness.QueryAsync(db => db.Records.CountAsync()));
        Assert.EndsWith("/records/new", harness.Context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ShowsEveryProblemAtOnce_WhenFormEmpty()
    {
        var before = await harness.QueryAsync(db => db.Records.CountAsync());
        var page = RenderPage();

        page.Find("[data-testid=submit-record]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter a title", TitleField(page).TextContent), ComponentHarness.Wait);
        Assert.Contains("Pick the service", page.Markup);
        Assert.Contains("Enter who reported this", page.Markup);
        Assert.Equal(before, await harness.QueryAsync(db => db.Records.CountAsync()));
    }

    [Fact]
    public async Task Submit_OpensRecordAndShowsIt_WhenFormComplete()
    {
        var page = RenderPage();
        FillAllBut(page, field: null);
        page.Find("[data-testid=impact-high]").Click();
        page.Find("[data-testid=urgency-high]").Click();

        page.Find("[data-testid=submit-record]").Click();

        var navigation = harness.Context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/records/INC[0-9]{7}$", navigation.Uri), ComponentHarness.Wait);
        var number = navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..];
        var saved = await harness.QueryAsync(db => db.Records.Include(r => r.AssignmentGroup).Include(r => r.History).SingleAsync(r => r.Number == number));
        Assert.Equal("Cannot book appointments", saved.Title);
        Assert.Equal(Priority.P1, saved.Priority);
        Assert.Equal("2nd line NHS App", saved.AssignmentGroup!.Name);
        Assert.Contains(saved.History, h => h.By == ComponentHarness.ActorName);
        harness.Snackbars.WaitForAssertion(() => Assert.Contains($"{number} saved", harness.Snackbars.Markup), ComponentHarness.Wait);
    }

    [Fact]
    public async Task SecurityIncidentBox_RecordsASecurityIncident_AndASocAnalystIsToldItsNumberWithoutOpeningIt()
    {
        harness.Authorization.SetRoles(OpsBoard.Web.Features.Access.Roles.SocAnalyst);
        var page = RenderPage();
        FillAllBut(page, field: null);

        page.Find("input[data-testid=securityIncident], [data-testid=securityIncident] input").Change(true);
        page.Find("[data-testid=submit-record]").Click();

        harness.Snackbars.WaitForAssertion(() => Assert.Contains("is recorded as a security incident", harness.Snackbars.Markup), ComponentHarness.Wait);
        Assert.EndsWith("/records/new", harness.Context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        var saved = await harness.QueryAsync(db => db.Records.Include(r => r.History).SingleAsync(r => r.Title == "Cannot book appointments"));
        Assert.True(saved.IsSecurityIncident);
        Assert.Equal("Error message", saved.Category);
        Assert.Contains(saved.History, h => h.Field == Record.SecurityIncidentField && h.By == ComponentHarness.ActorName);
    }

    [Fact]
    public void ServiceChange_ClearsItemAndSuggestsSecondLineGroup_WhenAnotherServicePicked()
    {
        var page = RenderPage();
        harness.Pick(page, "service", "NHS App");
        harness.Pick(page, "configurationItem", "NHS App web (Application)");
        Assert.Equal("NHS App web", page.Find("[data-testid=configurationItem]").GetAttribute("value"));
        Assert.Equal("2nd line NHS App", page.Find("[data-testid=assignmentGroup]").GetAttribute("value"));

        harness.Pick(page, "service", "GP Connect");

        page.WaitForAssertion(() => Assert.Equal("Not known", page.Find("[data-testid=configurationItem]").GetAttribute("value")), ComponentHarness.Wait);
        Assert.Equal("2nd line GP Connect", page.Find("[data-testid=assignmentGroup]").GetAttribute("value"));
    }

    [Fact]
    public async Task ItemChange_SuggestsTheItemsOwningGroup_ElseTheServicesSecondLine()
    {
        await harness.QueryAsync(async db =>
        {
            var platform = await db.SupportGroups.SingleAsync(g => g.Name == "3rd line Platform");
            var item = await db.ConfigurationItems.Include(c => c.Service).SingleAsync(c => c.Name == "NHS App web");
            Assert.True(item.Revise(item.Name, item.Type, item.Service, platform, null, []).Succeeded);
            var unowned = await db.ConfigurationItems.Include(c => c.Service).SingleAsync(c => c.Name == "NHS App iOS");
            Assert.True(unowned.Revise(unowned.Name, unowned.Type, unowned.Service, null, null, []).Succeeded);
            return await db.SaveChangesAsync();
        });
        var page = RenderPage();
        harness.Pick(page, "service", "NHS App");

        harness.Pick(page, "configurationItem", "NHS App web (Application)");
        page.WaitForAssertion(() => Assert.Equal("3rd line Platform", page.Find("[data-testid=assignmentGroup]").GetAttribute("value")), ComponentHarness.Wait);

        harness.Pick(page, "configurationItem", "NHS App iOS (Mobile app)");
        page.WaitForAssertion(() => Assert.Equal("2nd line NHS App", page.Find("[data-testid=assignmentGroup]").GetAttribute("value")), ComponentHarness.Wait);
    }

    private IRenderedComponent<NewRecordPage> RenderPage()
    {
        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("records/new");
        var page = harness.Context.Render<NewRecordPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=priority]")), ComponentHarness.Wait);
        return page;
    }

    private void FillAllBut(IRenderedComponent<NewRecordPage> page, string? field)
    {
        if (field != "caller") page.Find("[data-testid=caller]").Change("Dr Jane Smith");
        if (field != "title") page.Find("[data-testid=title]").Change("Cannot book appointments");
        if (field != "description") page.Find("[data-testid=description]").Change("The booking page shows an error.");
        if (field != "service") harness.Pick(page, "service", "NHS App");
        if (field != "category") harness.Pick(page, "category", "Error message");
    }

    private static string ShownPriority(IRenderedComponent<NewRecordPage> page) =>
        page.Find("[data-testid=priority] .mud-chip-content").TextContent.Trim();

    // The whole MudTextField, where its helper or error text is shown.
    private static AngleSharp.Dom.IElement TitleField(IRenderedComponent<NewRecordPage> page) =>
        page.Find("[data-testid=title]").Closest(".mud-input-control")!;

    private void ChangeStoredMatrix(Impact impact, Urgency urgency, Priority priority)
    {
        using var db = harness.Database.Factory.CreateDbContext();
        db.PriorityMatrix.Where(c => c.Impact == impact && c.Urgency == urgency)
            .ExecuteUpdate(s => s.SetProperty(c => c.Priority, priority));
    }
}

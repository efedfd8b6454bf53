using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Queues.Pages;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Wall;

namespace OpsBoard.Tests.Components;

/// <summary>
/// The queue and the wall screen show a security incident to a security analyst and an admin, and leave it out, counts
/// included, for a SOC analyst, a resolver, a service manager and a kiosk; live changes to it reach only those who may see it.
/// </summary>
public sealed class SecurityIncidentPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    public static TheoryData<string, bool> Viewers => new()
    {
        { Roles.SecurityAnalyst, true },
        { Roles.Admin, true },
        { Roles.SocAnalyst, false },
        { Roles.Resolver, false },
        { Roles.ServiceManager, false },
        { KioskLinks.Role, false },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task Wall_ShowsTheSecurityIncident_OnlyToThoseWhoMaySeeIt(string role, bool sees)
    {
        var (secret, ordinary) = await OpenBothAsync();
        harness.Context.Services.GetRequiredService<ChangeFeed>().Beat(harness.Clock.GetUtcNow());
        ActAs(role);

        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("wall?views=summary");
        var page = harness.Context.Render<WallPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll($"[data-testid=wall-row][data-number={ordinary}]")), ComponentHarness.Wait);
        Assert.Equal(sees, page.FindAll($"[data-testid=wall-row][data-number={secret}]").Count == 1);
        Assert.Contains($"{(sees ? 2 : 1)} open record", page.Find("[data-testid=wall-filter]").TextContent);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task Queue_ListsTheSecurityIncident_OnlyToThoseWhoMaySeeIt(string role, bool sees)
    {
        if (role == KioskLinks.Role) return; // A kiosk opens the wall only (the access table); its queue would be empty of everything.
        var (secret, ordinary) = await OpenBothAsync();
        ActAs(role);

        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("queue");
        var page = harness.Context.Render<QueuePage>();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=queue-grid] tbody tr a"), a => a.TextContent == ordinary), ComponentHarness.Wait);
        Assert.Equal(sees, page.FindAll("[data-testid=queue-grid] tbody tr a").Any(a => a.TextContent == secret));
        Assert.Contains($"of {(sees ? 2 : 1)}", page.Find(".mud-table-pagination").TextContent);
    }

    [Fact]
    public async Task Queue_OfASocAnalyst_IsNotToldOfAChangeToASecurityIncident_ButIsOfAnOrdinaryOne()
    {
        var (secret, ordinary) = await OpenBothAsync();
        ActAs(Roles.SocAnalyst);
        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("queue");
        var page = harness.Context.Render<QueuePage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=queue-grid] tbody tr")), ComponentHarness.Wait);
        var actions = harness.Context.Services.GetRequiredService<RecordActionService>();

        Assert.True((await actions.ActAsync(secret, new RecordActionRequest { Action = RecordAction.Acknowledge }, "Security analyst")).Succeeded);
        Assert.True((await actions.ActAsync(ordinary, new RecordActionRequest { Action = RecordAction.Acknowledge }, "Another analyst")).Succeeded);

        // The page marks the rows of the changes it heard of: the ordinary one, never the security incident's number.
        page.WaitForAssertion(() => Assert.Contains(ordinary, page.Markup), ComponentHarness.Wait);
        page.WaitForAssertion(() => Assert.Contains("In progress", page.Find("[data-testid=queue-grid] tbody tr").TextContent), ComponentHarness.Wait);
        Assert.DoesNotContain(secret, page.Markup);
    }

    [Fact]
    public async Task RecordPage_OfASecurityIncident_IsNotFoundForASocAnalyst_AndShowsTheFlagToASecurityAnalyst()
    {
        var (secret, _) = await OpenBothAsync();

        ActAs(Roles.SocAnalyst);
        var hidden = harness.Context.Render<OpsBoard.Web.Features.Records.RecordPage>(p => p.Add(c => c.Number, secret));
        hidden.WaitForAssertion(() => Assert.Contains($"There is no record {secret}", hidden.Find("[data-testid=record-not-found]").TextContent), ComponentHarness.Wait);
        Assert.Empty(hidden.FindAll("[data-testid=record-title]"));

        ActAs(Roles.SecurityAnalyst);
        var shown = harness.Context.Render<OpsBoard.Web.Features.Records.RecordPage>(p => p.Add(c => c.Number, secret));
        shown.WaitForAssertion(() => Assert.Contains("Security incident", shown.Find("[data-testid=record-security-incident]").TextContent), ComponentHarness.Wait);
    }

    [Fact]
    public async Task Queue_OfASocAnalyst_DropsARecord_WhenSomeoneReclassifiesItToSecurity()
    {
        var service = (await new CmdbCatalogue(harness.Database.Factory).GetAsync()).Services[0];
        var opened = await harness.Context.Services.GetRequiredService<RecordingService>().OpenAsync(RecordRequests.Incident(service), "SOC analyst");
        ActAs(Roles.SocAnalyst);
        harness.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("queue");
        var page = harness.Context.Render<QueuePage>();
        page.WaitForAssertion(() => Assert.Contains(opened.Number!, page.Find("[data-testid=queue-grid] tbody tr").TextContent), ComponentHarness.Wait);

        var reclassified = await harness.Context.Services.GetRequiredService<RecordActionService>().ActAsync(opened.Number!,
            new RecordActionRequest { Action = RecordAction.Reclassify, Category = Categories.Security }, "Security analyst");

        Assert.True(reclassified.Succeeded, reclassified.Message);
        page.WaitForAssertion(() => Assert.Contains("No records match these filters", page.Find("[data-testid=queue-empty]").TextContent), ComponentHarness.Wait);
    }

    private void ActAs(string role) =>
        harness.Authorization.SetRoles(role)
            .SetPolicies([.. Policies.RolesOf.Where(p => p.Value.Contains(role)).Select(p => p.Key)]);

    private async Task<(string Secret, string Ordinary)> OpenBothAsync()
    {
        var service = (await new CmdbCatalogue(harness.Database.Factory).GetAsync()).Services[0];
        var recording = harness.Context.Services.GetRequiredService<RecordingService>();
        var secret = await recording.OpenAsync(RecordRequests.Incident(service) with { Category = Categories.Security }, "Security analyst");
        var ordinary = await recording.OpenAsync(RecordRequests.Incident(service), "SOC analyst");
        Assert.True(secret.Succeeded && ordinary.Succeeded, secret.Message + ordinary.Message);
        return (secret.Number!, ordinary.Number!);
    }
}

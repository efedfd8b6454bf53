using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.MajorIncidents;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Components;

/// <summary>A major incident's record page: its children live, and resolving it with them.</summary>
public sealed class MajorIncidentPanelTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Panel_ShowsAChildLinkedElsewhere_Live_ThenResolvingOffersToResolveTheChildren()
    {
        var numbers = await harness.QueryAsync(db => db.Records.Where(r => r.Status == Status.InProgress && r.Kind == RecordKind.Incident && r.MajorIncidentDeclaredAt == null)
            .OrderBy(r => r.Id).Select(r => r.Number).Take(1).ToListAsync());
        var service = (await new OpsBoard.Web.Features.Cmdb.CmdbCatalogue(harness.Database.Factory).GetAsync()).Services[0];
        var recording = harness.Context.Services.GetRequiredService<RecordingService>();
        var news = new List<string>();
        for (var i = 0; i < 2; i++) news.Add((await recording.OpenAsync(OpsBoard.Tests.Support.RecordRequests.Incident(service), "SOC analyst")).Number!);
        var number = numbers[0];
        var manager = await harness.QueryAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var actions = harness.Context.Services.GetRequiredService<RecordActionService>();
        var majorIncidents = harness.Context.Services.GetRequiredService<MajorIncidentService>();
        Assert.True((await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.DeclareMajorIncident, ManagerId = manager }, "Duty manager")).Succeeded);
        Assert.True((await majorIncidents.LinkChildrenAsync(number, [news[0]], "Duty manager", null)).Succeeded);
        var page = harness.Context.Render<RecordPage>(p => p.Add(x => x.Number, number));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=child]")), ComponentHarness.Wait);

        Assert.True((await majorIncidents.LinkChildrenAsync(number, [news[1]], "Another manager", null)).Succeeded);

        page.WaitForAssertion(() => Assert.Equal(news, page.FindAll("[data-testid=child]").Select(c => c.GetAttribute("data-number"))), ComponentHarness.Wait);
        page.Find("[data-testid=action-resolve]").Click();
        harness.Dialogs.WaitForAssertion(() => Assert.Contains("Also resolve its 2 open child incidents with the same resolution", harness.Dialogs.Markup), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-text]").Input("Failed over to the standby site");
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        harness.Snackbars.WaitForAssertion(() => Assert.Contains($"{number} resolved with 2 child incidents.", harness.Snackbars.Markup), ComponentHarness.Wait);
        var statuses = await harness.QueryAsync(db => db.Records.Where(r => news.Contains(r.Number) || r.Number == number).Select(r => r.Status).ToListAsync());
        Assert.All(statuses, s => Assert.Equal(Status.Resolved, s));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=post-update]")), ComponentHarness.Wait);
    }
}

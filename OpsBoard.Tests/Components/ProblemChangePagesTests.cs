using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Problems;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Changes;
using OpsBoard.Web.Features.Problems;

namespace OpsBoard.Tests.Components;

public sealed class ProblemChangePagesTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ProblemPage_RecordsAKnownError_ThroughItsDialog_AndListsLinkedRecords()
    {
        var problem = await harness.QueryAsync(db => db.Problems.Where(p => p.Status == ProblemStatus.Investigating).Select(p => p.Number).FirstAsync());
        var linked = await harness.QueryAsync(db => db.Records.CountAsync(r => r.Problem!.Number == problem && !r.IsSecurityIncident));
        var page = harness.Context.Render<ProblemPage>(p => p.Add(x => x.Number, problem));
        page.WaitForAssertion(() => Assert.Equal(problem, page.Find("[data-testid=problem-number]").TextContent.Trim()), ComponentHarness.Wait);
        Assert.Equal(linked, page.FindAll("[data-testid=linked-record]").Count);
        Assert.Equal(["problem-action-recordknownerror", "problem-action-resolve"], page.FindAll("[data-testid^=problem-action-]").Select(b => b.GetAttribute("data-testid")));

        page.Find("[data-testid=problem-action-recordknownerror]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-text]"), ComponentHarness.Wait);
        Assert.True(harness.Dialogs.Find("[data-testid=dialog-submit]").HasAttribute("disabled"));
        harness.Dialogs.Find("[data-testid=dialog-text]").Input("Flush the resolver cache.");
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Known error", page.Find("[data-testid=problem-status]").TextContent), ComponentHarness.Wait);
        Assert.Equal("Flush the resolver cache.", page.Find("[data-testid=problem-workaround]").TextContent);
        Assert.Equal(ProblemStatus.KnownError, await harness.QueryAsync(db => db.Problems.Where(p => p.Number == problem).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task NewProblemPage_SaysWhatIsMissing_AndStoresNothing()
    {
        var before = await harness.QueryAsync(db => db.Problems.CountAsync());
        var page = harness.Context.Render<NewProblemPage>();

        page.Find("button[data-testid=problem-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Pick the person who owns the problem.", page.Markup), ComponentHarness.Wait);
        Assert.Contains("Enter a title", page.Markup);
        Assert.Equal(before, await harness.QueryAsync(db => db.Problems.CountAsync()));
    }

    [Fact]
    public async Task ChangesPage_FiltersByStatus_AndHidesActionsFromReaders()
    {
        var scheduled = await harness.QueryAsync(db => db.Changes.Where(c => c.Status == ChangeStatus.Scheduled).Select(c => c.Number).ToListAsync());
        var list = harness.Context.Render<ChangesPage>();
        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("[data-testid=change-row]")), ComponentHarness.Wait);
        harness.Pick(list, "changes-status", "Scheduled");
        list.WaitForAssertion(() => Assert.Equal(scheduled, list.FindAll("[data-testid=change-row] a").Select(a => a.TextContent)), ComponentHarness.Wait);

        harness.Authorization.SetRoles([]).SetPolicies([Policies.Read]);
        var page = harness.Context.Render<ChangePage>(p => p.Add(x => x.Number, scheduled[0]));
        page.WaitForAssertion(() => Assert.Contains("Scheduled", page.Find("[data-testid=change-status]").TextContent), ComponentHarness.Wait);
        Assert.Empty(page.FindAll("[data-testid=change-actions]"));
    }
}

using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Changes;
using OpsBoard.Web.Features.Problems;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Components;

/// <summary>The record page's problem and changes: their status shows, live, and they are linked and unlinked from the page.</summary>
public sealed class RecordPageLinkTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task LinkedChangeStatus_UpdatesLive_WhenTheChangeMoves()
    {
        // The demo's incident Pending AwaitingChange on its Scheduled change.
        var (number, change) = await harness.QueryAsync(db => db.Records.Where(r => r.AwaitingChange != null && r.AwaitingChange.Status == ChangeStatus.Scheduled)
            .OrderBy(r => r.Id).Select(r => ValueTuple.Create(r.Number, r.AwaitingChange!.Number)).FirstAsync());
        var page = RenderPage(number);
        Assert.Contains("Scheduled", page.Find($"[data-testid=record-change-status-{change}]").TextContent);
        Assert.Equal($"Awaiting change {change} (Scheduled)", Normalised(page.Find("[data-testid=record-awaiting-change]").TextContent));

        var result = await harness.Context.Services.GetRequiredService<ChangeService>()
            .ActAsync(change, new ChangeActionRequest { Action = ChangeAction.Implement }, "Change manager");
        Assert.True(result.Succeeded, result.Message);

        page.WaitForAssertion(() => Assert.Contains("Implemented", page.Find($"[data-testid=record-change-status-{change}]").TextContent), ComponentHarness.Wait);
        Assert.Equal($"Awaiting change {change} (Implemented)", Normalised(page.Find("[data-testid=record-awaiting-change]").TextContent));
    }

    [Fact]
    public async Task LinkProblem_FromThePage_ShowsItsStatus_AndAnUnknownNumberIsRefusedInWords()
    {
        var number = await harness.QueryAsync(db => db.Records.Where(r => r.Status == Status.InProgress && r.ProblemId == null && !r.IsSecurityIncident)
            .OrderBy(r => r.Id).Select(r => r.Number).FirstAsync());
        var problem = await harness.QueryAsync(db => db.Problems.Where(p => p.Status == ProblemStatus.Investigating).Select(p => p.Number).FirstAsync());
        var page = RenderPage(number);

        Link(page, "PRB0000999");
        page.WaitForAssertion(() => Assert.Contains("There is no problem PRB0000999; check the number.", page.Find("[data-testid=refusal]").TextContent), ComponentHarness.Wait);

        Link(page, problem.ToLowerInvariant());
        page.WaitForAssertion(() => Assert.Contains(problem, page.Find("[data-testid=record-problem]").TextContent), ComponentHarness.Wait);
        Assert.Contains("Investigating", page.Find("[data-testid=record-problem-status]").TextContent);
        Assert.Equal(problem, await harness.QueryAsync(db => db.Records.Where(r => r.Number == number).Select(r => r.Problem!.Number).SingleAsync()));

        // The problem moves on elsewhere: the page shows it without a reload.
        var known = await harness.Context.Services.GetRequiredService<ProblemService>()
            .ActAsync(problem, new ProblemActionRequest { Action = ProblemAction.RecordKnownError, Note = "Restart the resolver." }, "Problem manager");
        Assert.True(known.Succeeded, known.Message);
        page.WaitForAssertion(() => Assert.Contains("Known error", page.Find("[data-testid=record-problem-status]").TextContent), ComponentHarness.Wait);
    }

    [Fact]
    public async Task PendDialog_AwaitingChange_NamesTheChange()
    {
        var number = await harness.QueryAsync(db => db.Records.Where(r => r.Status == Status.InProgress && !r.IsSecurityIncident)
            .OrderBy(r => r.Id).Select(r => r.Number).FirstAsync());
        var change = await harness.QueryAsync(db => db.Changes.Where(c => c.Status == ChangeStatus.Requested).Select(c => c.Number).FirstAsync());
        var page = RenderPage(number);

        page.Find("[data-testid=action-pend]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-pending-reason]"), ComponentHarness.Wait);
        harness.Pick(harness.Dialogs, "dialog-pending-reason", "Awaiting change");
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-change-number]").Input(change), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal($"Awaiting change {change} (Requested)", Normalised(page.Find("[data-testid=record-awaiting-change]").TextContent)), ComponentHarness.Wait);
        Assert.NotEmpty(page.FindAll($"[data-testid=record-change-status-{change}]"));
    }

    private void Link(IRenderedComponent<RecordPage> page, string problem)
    {
        page.Find("[data-testid=link-problem]").Click();
        harness.Dialogs.WaitForAssertion(() => harness.Dialogs.Find("[data-testid=dialog-number]"), ComponentHarness.Wait);
        harness.Dialogs.Find("[data-testid=dialog-number]").Input(problem);
        harness.Dialogs.Find("[data-testid=dialog-submit]").Click();
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private IRenderedComponent<RecordPage> RenderPage(string number)
    {
        var page = harness.Context.Render<RecordPage>(p => p.Add(x => x.Number, number));
        page.WaitForAssertion(() => Assert.Equal(number, page.Find("[data-testid=record-number]").TextContent.Trim()), ComponentHarness.Wait);
        return page;
    }
}

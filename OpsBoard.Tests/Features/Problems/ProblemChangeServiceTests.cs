using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Changes;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Problems;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Features.Problems;

/// <summary>Problems, changes and a record's links to them, through the real services over a real SQLite file.</summary>
public sealed class ProblemChangeServiceTests : IAsyncLifetime
{
    private const string By = "Test problem manager";
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private CatalogueView catalogue = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private int OwnerId => catalogue.Groups[1].Members[0].Id;

    private ProblemService Problems => new(database.Factory, database.Feed, clock);

    private ChangeService Changes => new(database.Factory, database.Feed, clock);

    private RecordActionService Actions => new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);

    [Fact]
    public async Task OpenAsync_NumbersProblemsInTheirOwnSeries_AndPublishesAfterCommit()
    {
        using var watch = new FeedWatch(database.Feed);

        var first = await Problems.OpenAsync(new ProblemDraft { Title = "Handler leaks memory", OwnerId = OwnerId }, By);
        var second = await Problems.OpenAsync(new ProblemDraft { Title = "DNS timeouts", OwnerId = OwnerId }, By);
        var change = await Changes.RequestAsync(new ChangeDraft { Title = "Patch the handler", OwnerId = OwnerId }, By);

        Assert.Equal(("PRB0000001", "PRB0000002", "CHG0000001"), (first.Number, second.Number, change.Number));
        var published = await watch.NextAsync(e => e.Type == BoardEventType.ProblemChanged, "ProblemChanged");
        Assert.Equal("PRB0000001", published.Number);
        var view = await new ProblemReader(database.Factory).GetAsync("PRB0000001", Viewers.Admin);
        Assert.Equal((ProblemStatus.New, catalogue.Groups[1].Members[0].Name, TestClock.MondayMorning), (view!.Status, view.Owner, view.OpenedAt));
        Assert.Contains(view.History, h => h.Field == "Status" && h.NewValue == "New" && h.By == By);
    }

    [Fact]
    public async Task OpenAsync_NamesEveryFieldAtFault_AndStoresNothing()
    {
        var result = await Problems.OpenAsync(new ProblemDraft { Title = " ", OwnerId = 9999 }, By);

        Assert.Equal(ChangeFailure.Invalid, result.Failure);
        Assert.Equal(["ownerId", "title"], result.Problems.Keys.Order());
        Assert.Equal("There is no person with id 9999.", result.Problems["ownerId"]);
        Assert.Empty(await new ProblemReader(database.Factory).ListAsync(null, null, Viewers.Admin));
        Assert.Equal("PRB0000001", (await Problems.OpenAsync(new ProblemDraft { Title = "Real", OwnerId = OwnerId }, By)).Number);
    }

    [Fact]
    public async Task ActAsync_RefusesWithASentence_AndLeavesTheProblemAsItWas()
    {
        var number = (await Problems.OpenAsync(new ProblemDraft { Title = "Handler leaks memory", OwnerId = OwnerId }, By)).Number!;
        var before = await new ProblemReader(database.Factory).GetAsync(number, Viewers.Admin);

        var closed = await Problems.ActAsync(number, new ProblemActionRequest { Action = ProblemAction.Close }, By);
        var noWorkaround = await Problems.ActAsync(number, new ProblemActionRequest { Action = ProblemAction.RecordKnownError }, By);

        Assert.Equal("Only a Resolved problem can be closed; this problem is New: resolve it first.", closed.Message);
        Assert.Equal(ChangeFailure.Refused, noWorkaround.Failure);
        Assert.Contains("workaround", noWorkaround.Problems.Keys);
        Assert.Equivalent(before, await new ProblemReader(database.Factory).GetAsync(number, Viewers.Admin));
        Assert.Equal(ChangeFailure.NotFound, (await Problems.ActAsync("PRB0000099", new ProblemActionRequest { Action = ProblemAction.Close }, By)).Failure);
    }

    [Fact]
    public async Task LinkProblem_ThroughTheRecordAction_ShowsOnBothSides_AndASecondProblemIsRefused()
    {
        var record = await OpenRecordAsync();
        var problem = (await Problems.OpenAsync(new ProblemDraft { Title = "Handler leaks memory", OwnerId = OwnerId }, By)).Number!;
        var other = (await Problems.OpenAsync(new ProblemDraft { Title = "Other cause", OwnerId = OwnerId }, By)).Number!;

        var linked = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.LinkProblem, ProblemNumber = problem.ToLowerInvariant() }, By);
        var second = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.LinkProblem, ProblemNumber = other }, By);
        var unknown = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.LinkProblem, ProblemNumber = "PRB0000042" }, By);

        Assert.True(linked.Succeeded, linked.Message);
        Assert.Equal($"{record} is already linked to {problem}; a record links to one problem, so unlink that one first.", second.Message);
        Assert.Equal("There is no problem PRB0000042; check the number.", unknown.Message);
        var view = await ReadRecordAsync(record);
        Assert.Equal((problem, ProblemStatus.New), (view.Problem?.Number, view.Problem?.Status));
        Assert.Contains(view.History, h => h.Field == "Problem" && h.NewValue == $"linked {problem}");
        var problemView = await new ProblemReader(database.Factory).GetAsync(problem, Viewers.Admin);
        Assert.Equal([record], problemView!.Records.Select(r => r.Number));
        Assert.Contains(problemView.History, h => h.Field == Problem.LinkedRecordField && h.NewValue == record);
        Assert.Empty((await new ProblemReader(database.Factory).GetAsync(other, Viewers.Admin))!.Records);

        var unlinked = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.UnlinkProblem }, By);
        Assert.True(unlinked.Succeeded, unlinked.Message);
        Assert.Null((await ReadRecordAsync(record)).Problem);
    }

    [Fact]
    public async Task LinkedRecords_HideSecurityIncidents_FromThoseWhoMayNotSeeThem()
    {
        var ordinary = await OpenRecordAsync();
        var secret = await OpenRecordAsync(security: true);
        var problem = (await Problems.OpenAsync(new ProblemDraft { Title = "Handler leaks memory", OwnerId = OwnerId }, By)).Number!;
        var change = (await Changes.RequestAsync(new ChangeDraft { Title = "Patch", OwnerId = OwnerId }, By)).Number!;
        foreach (var record in new[] { ordinary, secret })
        {
            Assert.True((await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.LinkProblem, ProblemNumber = problem }, By)).Succeeded);
            Assert.True((await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.LinkChange, ChangeNumber = change }, By)).Succeeded);
        }
        var soc = Viewers.Of(Roles.SocAnalyst);
        var security = Viewers.Of(Roles.SecurityAnalyst);

        Assert.Equal([ordinary], (await new ProblemReader(database.Factory).GetAsync(problem, soc))!.Records.Select(r => r.Number));
        Assert.Equal([ordinary], (await new ChangeReader(database.Factory).GetAsync(change, soc))!.Records.Select(r => r.Number));
        Assert.Equal(1, Assert.Single(await new ProblemReader(database.Factory).ListAsync(null, null, soc)).LinkedRecords);
        Assert.Equal([ordinary, secret], (await new ProblemReader(database.Factory).GetAsync(problem, security))!.Records.Select(r => r.Number).Order());
        Assert.Equal(2, Assert.Single(await new ChangeReader(database.Factory).ListAsync(null, null, security)).LinkedRecords);
    }

    [Fact]
    public async Task PendAwaitingChange_MustNameAChange_ThenLinksItAndSaysWhichAndItsStatus()
    {
        var record = await OpenRecordAsync(Status.InProgress);
        var change = await ScheduledChangeAsync();
        var before = await ReadRecordAsync(record);

        var unnamed = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingChange }, By);
        var unknown = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingChange, ChangeNumber = "CHG0000077" }, By);

        Assert.Equal("Name the change the record is waiting for: one of its linked changes, or a change number.", unnamed.Message);
        Assert.Equal("There is no change CHG0000077; check the number.", unknown.Message);
        Assert.Equivalent(before, await ReadRecordAsync(record));

        var pended = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingChange, ChangeNumber = change }, By);

        Assert.True(pended.Succeeded, pended.Message);
        var view = await ReadRecordAsync(record);
        Assert.Equal((Status.Pending, $"Awaiting change {change} (Scheduled)"), (view.Status, view.AwaitingChangeText));
        Assert.Equal([change], view.Changes.Select(c => c.Number));
        var unlink = await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.UnlinkChange, ChangeNumber = change }, By);
        Assert.Equal(ChangeFailure.Refused, unlink.Failure);

        Assert.True((await Actions.ActAsync(record, new RecordActionRequest { Action = RecordAction.Resume }, By)).Succeeded);
        var resumed = await ReadRecordAsync(record);
        Assert.Null(resumed.AwaitingChange);
        Assert.Contains(resumed.History, h => h.Field == Record.AwaitingChangeField && h.OldValue == change && h.NewValue is null);
    }

    [Fact]
    public async Task Schedule_WithoutAWindow_IsRefused_AndTheChangeNewsIsPublished()
    {
        var change = (await Changes.RequestAsync(new ChangeDraft { Title = "Patch", OwnerId = OwnerId }, By)).Number!;
        Assert.True((await Changes.ActAsync(change, new ChangeActionRequest { Action = ChangeAction.Approve }, By)).Succeeded);
        using var watch = new FeedWatch(database.Feed);

        var refused = await Changes.ActAsync(change, new ChangeActionRequest { Action = ChangeAction.Schedule, PlannedStart = clock.GetUtcNow().AddDays(1) }, By);
        var scheduled = await Changes.ActAsync(change, new ChangeActionRequest
        {
            Action = ChangeAction.Schedule, PlannedStart = clock.GetUtcNow().AddDays(1), PlannedEnd = clock.GetUtcNow().AddDays(1).AddHours(2),
        }, By);

        Assert.Equal(("plannedEnd", "Enter the planned end of the change window."), (refused.Problems.Keys.Single(), refused.Message));
        Assert.True(scheduled.Succeeded, scheduled.Message);
        Assert.Equal(change, (await watch.NextAsync(e => e.Type == BoardEventType.ChangeChanged, "ChangeChanged")).Number);
        var view = await new ChangeReader(database.Factory).GetAsync(change, Viewers.Admin);
        Assert.Equal((ChangeStatus.Scheduled, clock.GetUtcNow().AddDays(1)), (view!.Status, view.PlannedStart));
    }

    [Fact]
    public async Task ActAsync_RefusesTheLaterSave_WhenTheProblemChangedBetweenLoadAndSave()
    {
        var number = (await Problems.OpenAsync(new ProblemDraft { Title = "Handler leaks memory", OwnerId = OwnerId }, By)).Number!;
        clock.Advance(TimeSpan.FromMinutes(1));
        ChangeResult? investigated = null;
        // The known error loads the New problem; before it saves, a colleague starts investigating it.
        var interleaved = new InterleavingDbFactory(database, async () =>
            investigated = await Problems.ActAsync(number, new ProblemActionRequest { Action = ProblemAction.Investigate }, "Colleague"));
        clock.Advance(TimeSpan.FromMinutes(1));

        var known = await new ProblemService(interleaved, database.Feed, clock)
            .ActAsync(number, new ProblemActionRequest { Action = ProblemAction.RecordKnownError, Note = "Restart it." }, By);

        Assert.True(investigated?.Succeeded, investigated?.Message);
        Assert.Contains("changed by someone else", known.Message);
        var view = await new ProblemReader(database.Factory).GetAsync(number, Viewers.Admin);
        Assert.Equal((ProblemStatus.Investigating, null), (view!.Status, view.Workaround));
    }

    [Fact]
    public void LinkedEvents_AreOnNoBoard()
    {
        var problem = BoardEvent.OfLinked(BoardEventType.ProblemChanged, "PRB0000001", clock.GetUtcNow());
        var change = BoardEvent.OfLinked(BoardEventType.ChangeChanged, "CHG0000001", clock.GetUtcNow());

        Assert.False(BoardFilter.Everything.Matches(problem));
        Assert.False(BoardFilter.Everything.Matches(change));
    }

    private async Task<string> ScheduledChangeAsync()
    {
        var change = (await Changes.RequestAsync(new ChangeDraft { Title = "Patch the handler", OwnerId = OwnerId }, By)).Number!;
        Assert.True((await Changes.ActAsync(change, new ChangeActionRequest { Action = ChangeAction.Approve }, By)).Succeeded);
        var start = clock.GetUtcNow().AddDays(1);
        Assert.True((await Changes.ActAsync(change, new ChangeActionRequest { Action = ChangeAction.Schedule, PlannedStart = start, PlannedEnd = start.AddHours(2) }, By)).Succeeded);
        return change;
    }

    private async Task<string> OpenRecordAsync(Status status = Status.New, bool security = false)
    {
        var service = catalogue.Services[0];
        var opened = await new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock)
            .OpenAsync(RecordRequests.Incident(service) with { SecurityIncident = security }, By);
        Assert.True(opened.Succeeded, opened.Message);
        if (status == Status.InProgress)
        {
            Assert.True((await Actions.ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.Assign, GroupId = service.SecondLineGroupId }, By)).Succeeded);
            Assert.True((await Actions.ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.Acknowledge }, By)).Succeeded);
        }
        return opened.Number!;
    }

    private async Task<RecordView> ReadRecordAsync(string number) =>
        await new RecordReader(database.Factory, database.AutoCloseRule()).GetAsync(number, Viewers.Admin) ?? throw new InvalidOperationException($"{number} is not stored.");
}

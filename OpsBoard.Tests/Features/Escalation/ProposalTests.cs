using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Escalation;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.MajorIncidents;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Escalation;

/// <summary>Proposed major incidents over a real SQLite file: raised from the fifth incident, grown, dismissed for good, accepted.</summary>
public sealed class ProposalTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private readonly List<BoardEvent> published = [];
    private TestDatabase database = default!;
    private CatalogueView catalogue = default!;
    private IDisposable? subscription;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        subscription = database.Feed.Subscribe(published.AddRange);
    }

    public async Task DisposeAsync()
    {
        subscription?.Dispose();
        await database.DisposeAsync();
    }

    private OlaPolicyStore Policies => new(database.Factory);

    private ProposalDetector Detector => new(database.Factory, EscalationOptions.Default, database.Feed, clock);

    private ProposalReader Reader => new(database.Factory);

    private ProposalDecisions Decisions
    {
        get
        {
            var actions = new RecordActionService(database.Factory, Policies, database.Feed, clock);
            return new ProposalDecisions(database.Factory, actions, new MajorIncidentService(database.Factory, actions, new OpsBoard.Web.Features.Problems.ProblemService(database.Factory, database.Feed, clock), Policies, database.Feed, clock), database.Feed, clock);
        }
    }

    /// <summary>Incidents on the first service's first item, a minute apart; the priorities given (P4 unless said).</summary>
    private async Task<List<string>> OpenAsync(int count, Impact impact = Impact.Low)
    {
        var recording = new RecordingService(database.Factory, Policies, database.Feed, clock);
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var result = await recording.OpenAsync(RecordRequests.Incident(catalogue.Services[0]) with { Impact = impact, Urgency = Urgency.Medium }, "SOC analyst");
            Assert.True(result.Succeeded, result.Message);
            numbers.Add(result.Number!);
        }
        return numbers;
    }

    private async Task<T> QueryAsync<T>(Func<OpsBoardDb, Task<T>> query)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await query(db);
    }

    [Fact]
    public async Task CheckAsync_ProposesFromTheFifthIncident_AndGrowsTheOpenProposal()
    {
        await OpenAsync(4);
        Assert.Empty(await Detector.CheckAsync());

        var numbers = await OpenAsync(1);
        var raised = Assert.Single(await Detector.CheckAsync());
        numbers.AddRange(await OpenAsync(1));
        var grown = Assert.Single(await Detector.CheckAsync());

        Assert.Equal(raised, grown);
        var proposal = Assert.Single((await Reader.GetAsync(Viewers.Admin)).Proposals);
        Assert.Equal(6, proposal.Incidents.Count);
        Assert.Equal((ProposalScope.ConfigurationItem, catalogue.Services[0].Items[0].Name, catalogue.Services[0].Name), (proposal.Scope, proposal.Item, proposal.Service));
        Assert.Equal(TimeSpan.FromMinutes(5), proposal.Span);
        Assert.Equal(2, published.Count(e => e.Type == BoardEventType.ProposalChanged));
    }

    [Fact]
    public async Task DismissAsync_NeedsAReason_AndItsIncidentsAreNotProposedAgain()
    {
        var numbers = await OpenAsync(5);
        var id = Assert.Single(await Detector.CheckAsync());
        var manager = TestActors.Of(Roles.ServiceManager);

        var blank = await Decisions.DismissAsync(id, new ProposalDismissRequest { Reason = " " }, manager);
        var soc = await Decisions.DismissAsync(id, new ProposalDismissRequest { Reason = "Planned work" }, TestActors.Of(Roles.SocAnalyst));
        var dismissed = await Decisions.DismissAsync(id, new ProposalDismissRequest { Reason = "Planned maintenance on the item" }, manager);
        numbers.AddRange(await OpenAsync(1));

        Assert.Equal((ChangeFailure.Invalid, "reason"), (blank.Failure, blank.Problems.Keys.Single()));
        Assert.Equal(ChangeFailure.Refused, soc.Failure);
        Assert.True(dismissed.Succeeded, dismissed.Message);
        Assert.Empty(await Detector.CheckAsync());
        Assert.Empty((await Reader.GetAsync(Viewers.Admin)).Proposals);
        var history = await QueryAsync(db => db.History.Where(h => h.Field == ProposalDecisions.HistoryField).Select(h => h.NewValue).ToListAsync());
        Assert.Equal(5, history.Count);
        Assert.All(history, h => Assert.Equal("Dismissed: Planned maintenance on the item", h));
        Assert.Equal(1, await QueryAsync(db => db.AuditLog.CountAsync(a => a.Area == AuditArea.Proposal)));

        // Five new incidents may raise a new proposal; the dismissed ones stay out of it.
        await OpenAsync(4);
        var again = Assert.Single(await Detector.CheckAsync());
        Assert.NotEqual(id, again);
        Assert.Equal(5, Assert.Single((await Reader.GetAsync(Viewers.Admin)).Proposals).Incidents.Count);
    }

    [Fact]
    public async Task AcceptAsync_DeclaresTheHighestPriorityEarliestIncident_AndLinksTheOthersAsChildren()
    {
        var numbers = await OpenAsync(2);
        var p2 = await OpenAsync(2, Impact.High);
        numbers.AddRange(p2);
        numbers.AddRange(await OpenAsync(1));
        var id = Assert.Single(await Detector.CheckAsync());
        var managerId = await QueryAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

        var missing = await Decisions.AcceptAsync(id, new ProposalAcceptRequest(), TestActors.Of(Roles.ServiceManager));
        var accepted = await Decisions.AcceptAsync(id, new ProposalAcceptRequest { ManagerId = managerId }, TestActors.Of(Roles.ServiceManager));

        Assert.Equal("managerId", missing.Problems.Keys.Single());
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Equal(p2[0], accepted.Number);
        var records = await QueryAsync(db => db.Records.Where(r => numbers.Contains(r.Number))
            .Select(r => new { r.Number, r.MajorIncidentDeclaredAt, Parent = r.ParentMajorIncident == null ? null : r.ParentMajorIncident.Number }).ToListAsync());
        Assert.NotNull(records.Single(r => r.Number == p2[0]).MajorIncidentDeclaredAt);
        Assert.All(records.Where(r => r.Number != p2[0]), r => Assert.Equal(p2[0], r.Parent));
        Assert.Equal(ProposalStatus.Accepted, await QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
        Assert.Empty((await Reader.GetAsync(Viewers.Admin)).Proposals);
        Assert.Equal(5, await QueryAsync(db => db.History.CountAsync(h => h.Field == ProposalDecisions.HistoryField && h.NewValue!.StartsWith($"Accepted: {p2[0]} declared"))));
        // A major incident and its children never count towards another proposal.
        await OpenAsync(1);
        Assert.Empty(await Detector.CheckAsync());
    }
}

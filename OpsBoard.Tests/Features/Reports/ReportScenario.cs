using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Features.Reports;

/// <summary>
/// Records made through the real services and the OLA sweep on a real SQLite file, from Monday 30 November 2026 09:00:
/// <list type="bullet">
/// <item>A: P1 at the SOC, passed to the 2nd line at 09:10, its response breached (swept 09:30), acknowledged, resolved 10:00,
/// reopened 10:05, resolved again 10:10.</item>
/// <item>B: P1 at the SOC, passed to the 2nd line at 10:00 and still open at 13:30: its own 4-hour target breached at 13:00.</item>
/// <item>C: P3 resolved at first contact by the SOC at 09:00.</item>
/// <item>D: a security incident resolved at first contact by the SOC at 09:00.</item>
/// <item>E: P3 on another service, at the SOC, opened at 13:00 and open.</item>
/// </list>
/// </summary>
public sealed class ReportScenario : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(TestClock.MondayMorning);

    public TestDatabase Database { get; private set; } = default!;

    public CatalogueView Catalogue { get; private set; } = default!;

    public GroupOption Soc { get; private set; } = default!;

    public ServiceOption Service { get; private set; } = default!;

    public ServiceOption OtherService { get; private set; } = default!;

    public int SecondLine => Service.SecondLineGroupId!.Value;

    public string A { get; private set; } = default!;
    public string B { get; private set; } = default!;
    public string C { get; private set; } = default!;
    public string D { get; private set; } = default!;
    public string E { get; private set; } = default!;

    public DateTimeOffset Start => TestClock.MondayMorning;

    /// <summary>Monday 30 November 2026, the whole day up to now (13:30).</summary>
    public ReportRequest Today(IReadOnlyList<int>? services = null, IReadOnlyList<int>? groups = null, IReadOnlyList<Priority>? priorities = null) =>
        new(Start.AddHours(-9), Start.AddHours(4.5), services, groups, priorities);

    public ReportFactsReader Reader() => new(Database.Factory, new OlaPolicyStore(Database.Factory), Clock);

    public ReportRunner Runner() => new(Reader(), Database.Factory);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        Catalogue = await new CmdbCatalogue(Database.Factory).GetAsync();
        Soc = Catalogue.Groups.First(g => g.Line == 1);
        Service = Catalogue.Services.First(s => s.SecondLineGroupId is not null);
        OtherService = Catalogue.Services.First(s => s.Id != Service.Id);
        var policies = new OlaPolicyStore(Database.Factory);
        var recording = new RecordingService(Database.Factory, policies, Database.Feed, Clock);
        var actions = new RecordActionService(Database.Factory, policies, Database.Feed, Clock);

        async Task<string> Open(NewRecordRequest request)
        {
            var opened = await recording.OpenAsync(request, "SOC analyst");
            Assert.True(opened.Succeeded, opened.Message);
            return opened.Number!;
        }

        async Task Act(string number, RecordActionRequest request)
        {
            var done = await actions.ActAsync(number, request, "Resolver");
            Assert.True(done.Succeeded, done.Message);
        }

        var p1 = RecordRequests.Incident(Service) with { Impact = Impact.High, Urgency = Urgency.High };
        var firstContact = RecordRequests.Incident(Service) with { ResolveAtFirstContact = true, ResolutionCode = ResolutionCode.AdviceGiven, ResolutionNote = "Explained the new sign-in page." };
        A = await Open(p1);
        B = await Open(p1);
        C = await Open(firstContact);
        D = await Open(firstContact with { SecurityIncident = true });
        Clock.Advance(TimeSpan.FromMinutes(10));
        await Act(A, new RecordActionRequest { Action = RecordAction.Assign, GroupId = SecondLine });
        Clock.Advance(TimeSpan.FromMinutes(20));
        await AlertSeed.SweepAsync(Database, Database.Feed, Clock);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Act(A, new RecordActionRequest { Action = RecordAction.Acknowledge });
        Clock.Advance(TimeSpan.FromMinutes(25));
        await Act(A, new RecordActionRequest { Action = RecordAction.Resolve, ResolutionCode = ResolutionCode.Fixed, Note = "Restarted the service." });
        await Act(B, new RecordActionRequest { Action = RecordAction.Assign, GroupId = SecondLine });
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Act(A, new RecordActionRequest { Action = RecordAction.Reopen, Note = "Slow again." });
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Act(A, new RecordActionRequest { Action = RecordAction.Resolve, ResolutionCode = ResolutionCode.Fixed, Note = "Cleared the cache." });
        Clock.Advance(TimeSpan.FromMinutes(170)); // 13:00
        E = await Open(RecordRequests.Incident(OtherService));
        Clock.Advance(TimeSpan.FromMinutes(30)); // 13:30
        await AlertSeed.SweepAsync(Database, Database.Feed, Clock);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

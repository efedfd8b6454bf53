using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Recording;

public sealed class RecordingServiceTests
{
    private const string Analyst = "Test SOC analyst";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task OpenAsync_OpensNewIncidentHeldBySoc_WhenDetailsAreValid()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 10);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var service = catalogue.Services[0];

        var result = await Service(database).OpenAsync(RecordRequests.Incident(service) with { Impact = Impact.High, Urgency = Urgency.Medium }, Analyst);

        Assert.True(result.Succeeded, result.Message);
        Assert.Matches(new Regex("^INC[0-9]{7}$"), result.Number);
        var record = await LoadAsync(database, result.Number!);
        var soc = catalogue.Groups.Single(g => g.Line == 1);
        Assert.Equal(Status.New, record.Status);
        Assert.Equal(soc.Id, record.AssignmentGroupId);
        Assert.Equal(1, record.SupportLine);
        Assert.Equal(Priority.P2, record.Priority);
        Assert.Equal(service.Id, record.ServiceId);
        Assert.Equal(service.Items[0].Id, record.ConfigurationItemId);
        Assert.Equal(TestClock.MondayMorning, record.OpenedAt);
        Assert.Collection(record.History,
            h => Assert.Equal(("Status", (string?)null, (string?)"New"), (h.Field, h.OldValue, h.NewValue)),
            h => Assert.Equal(("Assignment group", (string?)null, (string?)soc.Name), (h.Field, h.OldValue, h.NewValue)),
            h => Assert.Equal(("Priority", "P2 (High impact, Medium urgency)"), (h.Field, h.NewValue)));
        Assert.All(record.History, h => Assert.Equal((Analyst, TestClock.MondayMorning), (h.By, h.At)));
    }

    [Fact]
    public async Task OpenAsync_NumbersEachKindInItsOwnSeries_WhenKindsAreMixed()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 30);
        var service = (await new CmdbCatalogue(database.Factory).GetAsync()).Services[0];
        var last = await LastNumbersAsync(database);
        var existing = await NumbersAsync(database);
        var recording = Service(database);

        var opened = new List<string>();
        foreach (var kind in new[] { RecordKind.Incident, RecordKind.ServiceRequest, RecordKind.Incident, RecordKind.Event, RecordKind.ServiceRequest })
        {
            var result = await recording.OpenAsync(RecordRequests.Of(kind, service), Analyst);
            Assert.True(result.Succeeded, result.Message);
            opened.Add(result.Number!);
        }

        Assert.Equal(
            [
                RecordNumber.Format(RecordKind.Incident, last["INC"] + 1), RecordNumber.Format(RecordKind.ServiceRequest, last["REQ"] + 1),
                RecordNumber.Format(RecordKind.Incident, last["INC"] + 2), RecordNumber.Format(RecordKind.Event, last["EVT"] + 1),
                RecordNumber.Format(RecordKind.ServiceRequest, last["REQ"] + 2),
            ],
            opened);
        Assert.Empty(opened.Intersect(existing));
    }

    [Fact]
    public async Task OpenAsync_GivesDistinctConsecutiveNumbers_WhenTwentyOpenConcurrently()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 10);
        var service = (await new CmdbCatalogue(database.Factory).GetAsync()).Services[0];
        var last = (await LastNumbersAsync(database))["INC"];
        var recording = Service(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => recording.OpenAsync(RecordRequests.Incident(service) with { Title = $"Concurrent open {i}" }, Analyst))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        var expected = Enumerable.Range(1, 20).Select(i => RecordNumber.Format(RecordKind.Incident, last + i));
        Assert.Equal(expected, results.Select(r => r.Number!).Order(StringComparer.Ordinal));
        Assert.Equal(last + 20, (await LastNumbersAsync(database))["INC"]);
        Assert.Subset((await NumbersAsync(database)).ToHashSet(), results.Select(r => r.Number!).ToHashSet());
    }

    [Theory]
    [InlineData("unknown service", "serviceId")]
    [InlineData("item of another service", "configurationItemId")]
    [InlineData("missing caller", "caller")]
    [InlineData("title too long", "title")]
    [InlineData("blank title", "title")]
    [InlineData("category of another kind", "category")]
    [InlineData("undefined impact", "impact")]
    [InlineData("assignee outside the group", "assigneeId")]
    [InlineData("first-contact resolution without a note", "resolutionNote")]
    public async Task OpenAsync_RefusesNamingTheFieldAndStoresNothing_WhenDetailsAreInvalid(string fault, string field)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 10);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var service = catalogue.Services[0];
        var valid = RecordRequests.Incident(service);
        var group = catalogue.Groups.Single(g => g.Id == service.SecondLineGroupId);
        var outsider = catalogue.Groups.SelectMany(g => g.Members).First(p => group.Members.All(m => m.Id != p.Id));
        var request = fault switch
        {
            "unknown service" => valid with { ServiceId = catalogue.Services.Max(s => s.Id) + 1, ConfigurationItemId = null },
            "item of another service" => valid with { ConfigurationItemId = catalogue.Services[1].Items[0].Id },
            "missing caller" => valid with { Caller = "  " },
            "title too long" => valid with { Title = new string('x', RecordDetails.MaxTitleLength + 1) },
            "blank title" => valid with { Title = null },
            "category of another kind" => valid with { Category = Categories.ServiceRequest[0] },
            "undefined impact" => valid with { Impact = (Impact)7 },
            "assignee outside the group" => valid with { AssignmentGroupId = group.Id, AssigneeId = outsider.Id },
            "first-contact resolution without a note" => valid with { ResolveAtFirstContact = true, ResolutionCode = ResolutionCode.AdviceGiven },
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
        var before = await StoredStateAsync(database);

        var result = await Service(database).OpenAsync(request, Analyst);

        Assert.Equal(ChangeFailure.Invalid, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Contains(field, result.Problems)));
        Assert.Equal(before, await StoredStateAsync(database));
    }

    [Fact]
    public async Task OpenAsync_ResolvesWithCodeAndNote_WhenResolvedAtFirstContact()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 10);
        var service = (await new CmdbCatalogue(database.Factory).GetAsync()).Services[0];
        var request = RecordRequests.Incident(service) with
        {
            ResolveAtFirstContact = true, ResolutionCode = ResolutionCode.AdviceGiven, ResolutionNote = "Talked the caller through clearing the cache.",
        };

        var result = await Service(database).OpenAsync(request, Analyst);

        Assert.True(result.Succeeded, result.Message);
        var record = await LoadAsync(database, result.Number!);
        Assert.Equal(Status.Resolved, record.Status);
        Assert.Equal(ResolutionCode.AdviceGiven, record.ResolutionCode);
        Assert.Equal("Talked the caller through clearing the cache.", record.ResolutionNote);
        Assert.Equal(TestClock.MondayMorning, record.ResolvedAt);
        Assert.Equal(1, record.SupportLine);
        Assert.Contains(record.History, h => h.Field == "Status" && h.NewValue == "Resolved");
    }

    [Fact]
    public async Task OpenAsync_AssignsToGroupAndPerson_WhenAssignmentGivenAtCreation()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 10);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var service = catalogue.Services[0];
        var group = catalogue.Groups.Single(g => g.Id == service.SecondLineGroupId);

        var result = await Service(database).OpenAsync(RecordRequests.Incident(service) with { AssignmentGroupId = group.Id, AssigneeId = group.Members[0].Id }, Analyst);

        Assert.True(result.Succeeded, result.Message);
        var record = await LoadAsync(database, result.Number!);
        Assert.Equal(Status.Assigned, record.Status);
        Assert.Equal((group.Id, group.Members[0].Id, 2), (record.AssignmentGroupId, record.AssigneeId, record.SupportLine));
        Assert.Equal(0, record.ReassignmentCount);
        Assert.Contains(record.History, h => h.Field == "Assignment group" && h.NewValue == group.Name && h.OldValue is not null);
    }

    private RecordingService Service(TestDatabase database) => new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);

    private static async Task<Record> LoadAsync(TestDatabase database, string number)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Records.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Number == number);
    }

    private static async Task<Dictionary<string, long>> LastNumbersAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.NumberSeries.AsNoTracking().ToDictionaryAsync(n => n.Prefix, n => n.LastNumber);
    }

    private static async Task<List<string>> NumbersAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Records.Select(r => r.Number).ToListAsync();
    }

    /// <summary>Counts of records and history rows and every series' last number: anything stored changes one of them.</summary>
    private static async Task<string> StoredStateAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var series = string.Join(",", (await db.NumberSeries.AsNoTracking().OrderBy(n => n.Prefix).ToListAsync()).Select(n => $"{n.Prefix}={n.LastNumber}"));
        return $"records={await db.Records.CountAsync()} history={await db.History.CountAsync()} {series}";
    }
}

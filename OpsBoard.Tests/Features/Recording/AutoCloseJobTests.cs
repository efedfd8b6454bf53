using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Features.Recording;

public sealed class AutoCloseJobTests
{
    // Monday 30 November 2026, 09:00 London (GMT).
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task RunAsync_ClosesAResolvedRecord_ThreeBusinessDaysAfterItWasResolved()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var number = await OpenAndResolveAsync(database);
        var resolvedAt = clock.GetUtcNow();
        var view = await ReadAsync(database, number);
        Assert.Equal(resolvedAt.AddDays(3), view.ClosesAt);

        clock.SetUtcNow(resolvedAt.AddDays(3).AddSeconds(-1));
        Assert.Equal(0, await Job(database).RunAsync());
        Assert.Equal(Status.Resolved, (await ReadAsync(database, number)).Status);

        clock.SetUtcNow(resolvedAt.AddDays(3));
        Assert.Equal(1, await Job(database).RunAsync());
        var closed = await ReadAsync(database, number);
        Assert.Equal((Status.Closed, resolvedAt.AddDays(3), (DateTimeOffset?)null), (closed.Status, closed.ClosedAt, closed.ClosesAt));
        Assert.Contains(closed.History, h => h.Field == "Status" && h.OldValue == "Resolved" && h.NewValue == "Closed" && h.By == AutoClose.By);
        Assert.Equal(0, await Job(database).RunAsync());
    }

    [Fact]
    public async Task RunAsync_LeavesAReopenedRecordOpen()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var number = await OpenAndResolveAsync(database);
        clock.Advance(TimeSpan.FromDays(1));
        var reopened = await Actions(database).ActAsync(number, new RecordActionRequest { Action = RecordAction.Reopen, Note = "Still failing." }, "Caller via SOC");
        Assert.True(reopened.Succeeded, reopened.Message);

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await Job(database).RunAsync());
        Assert.Equal(Status.InProgress, (await ReadAsync(database, number)).Status);
    }

    [Fact]
    public async Task RunAsync_WaitsLonger_WhenTheBusinessDaysAreConfiguredLonger()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var number = await OpenAndResolveAsync(database);
        var resolvedAt = clock.GetUtcNow();

        // Five business days from Monday is the next Monday, seven calendar days on.
        clock.SetUtcNow(resolvedAt.AddDays(6));
        Assert.Equal(0, await Job(database, businessDays: 5).RunAsync());
        clock.SetUtcNow(resolvedAt.AddDays(7));
        Assert.Equal(1, await Job(database, businessDays: 5).RunAsync());
        Assert.Equal(Status.Closed, (await ReadAsync(database, number)).Status);
    }

    [Fact]
    public void Read_RefusesAConfiguredZero_NamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AutoCloseRule.Setting] = "0" }).Build();
        var refused = Assert.Throws<InvalidOperationException>(() => AutoCloseRule.Read(configuration));
        Assert.Contains(AutoCloseRule.Setting, refused.Message);
    }

    private AutoCloseJob Job(TestDatabase database, int businessDays = AutoClose.DefaultBusinessDays) =>
        new(database.Factory, database.AutoCloseRule(businessDays), Actions(database), clock, NullLogger<AutoCloseJob>.Instance);

    private RecordActionService Actions(TestDatabase database) => new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);

    private static async Task<RecordView> ReadAsync(TestDatabase database, string number) =>
        await new RecordReader(database.Factory, database.AutoCloseRule()).GetAsync(number, Viewers.Admin) ?? throw new InvalidOperationException($"{number} is not stored.");

    private async Task<string> OpenAndResolveAsync(TestDatabase database)
    {
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var service = catalogue.Services[0];
        var opened = await new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock).OpenAsync(RecordRequests.Incident(service), "Test SOC analyst");
        var number = opened.Number!;
        RecordActionRequest[] steps =
        [
            new() { Action = RecordAction.Assign, GroupId = service.SecondLineGroupId },
            new() { Action = RecordAction.Acknowledge },
            new() { Action = RecordAction.Resolve, ResolutionCode = ResolutionCode.Fixed, Note = "Restarted the interface engine." },
        ];
        foreach (var step in steps)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var result = await Actions(database).ActAsync(number, step, "Test resolver");
            Assert.True(result.Succeeded, result.Message);
        }
        return number;
    }
}

using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Tests.Features.Recording;

public sealed partial class RecordActionServiceTests
{
    private const string Resolver = "Test resolver";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task ActAsync_AssignsToGroup_WhenRecordIsNew()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, group) = await OpenAsync(database);

        var result = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Assign, GroupId = group.Id });

        Assert.True(result.Succeeded, result.Message);
        var record = await ReadAsync(database, number);
        Assert.Equal((Status.Assigned, group.Id, 2, 0), (record.Status, record.AssignmentGroupId, record.SupportLine, record.ReassignmentCount));
        Assert.Contains(record.History, h => h.Field == "Assignment group" && h.OldValue == "Service Operations Centre" && h.NewValue == group.Name && h.By == Resolver);
        Assert.Contains(record.History, h => h.Field == "Status" && h.OldValue == "New" && h.NewValue == "Assigned");
    }

    [Fact]
    public async Task ActAsync_CountsReassignment_WhenMovedOnFromSecondLine()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, group) = await OpenAsync(database, Status.InProgress);
        var thirdLine = (await new CmdbCatalogue(database.Factory).GetAsync()).Groups.First(g => g.Line == 3);

        var result = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Assign, GroupId = thirdLine.Id, AssigneeId = thirdLine.Members[0].Id });

        Assert.True(result.Succeeded, result.Message);
        var record = await ReadAsync(database, number);
        Assert.Equal((Status.Assigned, thirdLine.Id, thirdLine.Members[0].Id, 3, 1),
            (record.Status, record.AssignmentGroupId, record.AssigneeId, record.SupportLine, record.ReassignmentCount));
        Assert.NotEqual(group.Id, record.AssignmentGroupId);
    }

    [Fact]
    public async Task ActAsync_MovesToInProgress_WhenAcknowledged()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database, Status.Assigned);
        clock.Advance(TimeSpan.FromMinutes(7));

        var result = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Acknowledge });

        Assert.True(result.Succeeded, result.Message);
        var record = await ReadAsync(database, number);
        Assert.Equal((Status.InProgress, clock.GetUtcNow()), (record.Status, record.AcknowledgedAt));
    }

    [Fact]
    public async Task ActAsync_PendsWithReasonThenResumes_WhenInProgress()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database, Status.InProgress);

        var pended = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingSupplier });
        var whilePending = await ReadAsync(database, number);
        var resumed = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Resume });

        Assert.True(pended.Succeeded, pended.Message);
        Assert.True(resumed.Succeeded, resumed.Message);
        Assert.Equal((Status.Pending, PendingReason.AwaitingSupplier), (whilePending.Status, whilePending.PendingReason));
        var record = await ReadAsync(database, number);
        Assert.Equal((Status.InProgress, (PendingReason?)null), (record.Status, record.PendingReason));
        Assert.Contains(record.History, h => h.Field == "Pending reason" && h.OldValue == "AwaitingSupplier" && h.NewValue is null);
    }

    [Fact]
    public async Task ActAsync_ResolvesWithCodeAndNote_WhenInProgress()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database, Status.InProgress);

        var result = await ActAsync(database, number, Resolve("Restarted the message handler; queue drained."));

        Assert.True(result.Succeeded, result.Message);
        var record = await ReadAsync(database, number);
        Assert.Equal((Status.Resolved, ResolutionCode.Fixed, "Restarted the message handler; queue drained.", clock.GetUtcNow()),
            (record.Status, record.ResolutionCode, record.ResolutionNote, record.ResolvedAt));
        Assert.Equal([RecordAction.Reopen, RecordAction.Close, RecordAction.AddNote], record.AllowedActions);
    }

    [Fact]
    public async Task ActAsync_CountsEachReopen_WhenResolvedRecordIsReopened()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database, Status.Resolved);

        foreach (var attempt in new[] { "first", "second" })
        {
            var reopened = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Reopen, Note = $"Fault back ({attempt} time)." });
            Assert.True(reopened.Succeeded, reopened.Message);
            Assert.Equal(Status.InProgress, (await ReadAsync(database, number)).Status);
            if (attempt == "first") Assert.True((await ActAsync(database, number, Resolve("Fixed again."))).Succeeded);
        }

        var record = await ReadAsync(database, number);
        Assert.Equal((2, (DateTimeOffset?)null), (record.ReopenCount, record.ResolvedAt));
        Assert.Equal(2, record.History.Count(h => h.Field == "Reopened"));
    }

    [Fact]
    public async Task ActAsync_ClosesRecord_WhenResolved()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database, Status.Resolved);

        var result = await ActAsync(database, number, new RecordActionRequest { Action = RecordAction.Close });

        Assert.True(result.Succeeded, result.Message);
        var record = await ReadAsync(database, number);
        Assert.Equal((Status.Closed, clock.GetUtcNow()), (record.Status, record.ClosedAt));
        Assert.Equal([RecordAction.AddNote], record.AllowedActions);
    }

    [Theory]
    [InlineData(Status.New, "close an open record", "status")]
    [InlineData(Status.Assigned, "resume a record that is not pending", "status")]
    [InlineData(Status.Assigned, "resolve before acknowledging", "status")]
    [InlineData(Status.InProgress, "pend without a reason", "pendingReason")]
    [InlineData(Status.InProgress, "resolve without a note", "note")]
    [InlineData(Status.InProgress, "resolve without a code", "resolutionCode")]
    [InlineData(Status.InProgress, "assign to an unknown group", "groupId")]
    [InlineData(Status.InProgress, "assign to someone outside the group", "assignee")]
    [InlineData(Status.Pending, "acknowledge a pending record", "status")]
    [InlineData(Status.Closed, "reopen a closed record", "status")]
    public async Task ActAsync_RefusesAndLeavesRecordAsItWas_WhenActionNotAllowed(Status status, string attempt, string field)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, group) = await OpenAsync(database, status);
        var outsider = (await new CmdbCatalogue(database.Factory).GetAsync()).Groups.First(g => g.Line == 1).Members[0];
        var request = attempt switch
        {
            "close an open record" => new RecordActionRequest { Action = RecordAction.Close },
            "resume a record that is not pending" => new RecordActionRequest { Action = RecordAction.Resume },
            "resolve before acknowledging" => Resolve("Done."),
            "pend without a reason" => new RecordActionRequest { Action = RecordAction.Pend },
            "resolve without a note" => Resolve(" "),
            "resolve without a code" => Resolve("Done.") with { ResolutionCode = null },
            "assign to an unknown group" => new RecordActionRequest { Action = RecordAction.Assign, GroupId = 9999 },
            "assign to someone outside the group" => new RecordActionRequest { Action = RecordAction.Assign, GroupId = group.Id, AssigneeId = outsider.Id },
            "acknowledge a pending record" => new RecordActionRequest { Action = RecordAction.Acknowledge },
            "reopen a closed record" => new RecordActionRequest { Action = RecordAction.Reopen, Note = "It broke again." },
            _ => throw new ArgumentOutOfRangeException(nameof(attempt)),
        };
        var before = await SnapshotAsync(database, number);
        clock.Advance(TimeSpan.FromMinutes(5));

        var result = await ActAsync(database, number, request);

        Assert.Equal(ChangeFailure.Refused, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Contains(field, result.Problems)));
        Assert.Equal(before, await SnapshotAsync(database, number));
    }

    [Fact]
    public async Task ActAsync_ReturnsNotFound_WhenNumberUnknown()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);

        var result = await ActAsync(database, "INC9999999", new RecordActionRequest { Action = RecordAction.Acknowledge });

        Assert.Equal(ChangeFailure.NotFound, result.Failure);
        Assert.Contains("INC9999999", result.Message);
    }

    [Fact]
    public async Task ActAsync_ReturnsInvalid_WhenActionMissing()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database);
        var before = await SnapshotAsync(database, number);

        var result = await ActAsync(database, number, new RecordActionRequest());

        Assert.Equal(ChangeFailure.Invalid, result.Failure);
        Assert.Contains("Acknowledge", Assert.Contains("action", result.Problems));
        Assert.Equal(before, await SnapshotAsync(database, number));
    }

    private async Task<ChangeResult> ActAsync(TestDatabase database, string number, RecordActionRequest request) =>
        await new RecordActionService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock).ActAsync(number, request, Resolver);

    private static RecordActionRequest Resolve(string note) =>
        new() { Action = RecordAction.Resolve, ResolutionCode = ResolutionCode.Fixed, Note = note };

    /// <summary>Opens an incident at the SOC and walks it to <paramref name="status"/> through its service's 2nd line group, a minute a step.</summary>
    private async Task<(string Number, GroupOption SecondLine)> OpenAsync(TestDatabase database, Status status = Status.New)
    {
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var service = catalogue.Services[0];
        var group = catalogue.Groups.Single(g => g.Id == service.SecondLineGroupId);
        var opened = await new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock).OpenAsync(RecordRequests.Incident(service), "Test SOC analyst");
        var number = opened.Number!;
        RecordActionRequest[] steps = status switch
        {
            Status.New => [],
            Status.Assigned => [new() { Action = RecordAction.Assign, GroupId = group.Id }],
            Status.InProgress => [new() { Action = RecordAction.Assign, GroupId = group.Id }, new() { Action = RecordAction.Acknowledge }],
            Status.Pending => [new() { Action = RecordAction.Assign, GroupId = group.Id }, new() { Action = RecordAction.Acknowledge },
                new() { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingCaller }],
            Status.Resolved => [new() { Action = RecordAction.Assign, GroupId = group.Id }, new() { Action = RecordAction.Acknowledge }, Resolve("Fixed.")],
            Status.Closed => [new() { Action = RecordAction.Assign, GroupId = group.Id }, new() { Action = RecordAction.Acknowledge }, Resolve("Fixed."),
                new() { Action = RecordAction.Close }],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in steps)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var result = await ActAsync(database, number, step);
            Assert.True(result.Succeeded, result.Message);
        }
        Assert.Equal(status, (await ReadAsync(database, number)).Status);
        return (number, group);
    }

    private static async Task<RecordView> ReadAsync(TestDatabase database, string number) =>
        await new RecordReader(database.Factory, database.AutoCloseRule()).GetAsync(number, Viewers.Admin) ?? throw new InvalidOperationException($"{number} is not stored.");

    /// <summary>The stored record and its history, as JSON: equal snapshots mean nothing changed.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase database, string number) =>
        JsonSerializer.Serialize(await ReadAsync(database, number));
}

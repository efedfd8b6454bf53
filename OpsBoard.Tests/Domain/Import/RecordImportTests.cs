using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Import;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Import;

/// <summary>An incident's log replayed into a record: statuses, history, counters and clocks as decision 0012 describes.</summary>
public sealed class RecordImportTests
{
    // Monday 7 March 2016, GMT: working hours 08:00-18:00.
    private static readonly DateTimeOffset Monday = new(2016, 3, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private readonly TestCmdb cmdb = new();
    private readonly Dictionary<string, SupportGroup> groups = new();
    private int line = 1;

    private ImportDirectory Directory() => new(cmdb.Soc, "Service Desk",
        name => groups.TryGetValue(name, out var group) ? group : groups[name] = new SupportGroup(name, 2),
        _ => cmdb.Service);

    private LogRow Row(SourceState state, string? group, int minutes, Priority priority = Priority.P3, int reassignments = 0, int reopens = 0, string? closedCode = null) =>
        new(++line, "INC0000100", state, reassignments, reopens, line, "Caller 1", "Opened by 1", Monday, $"Updated by {line}", Monday.AddMinutes(minutes),
            Channel.Phone, null, "Category 1", "Subcategory 1", "Symptom 1", Impact.Medium, Urgency.Medium, priority, group, null, null, null, closedCode, "Resolved by 1");

    private Record Import(params LogRow[] rows) => Record.Import(rows, Directory(), OlaPolicyBook.Default, "Importer", Now);

    private static List<string?> Statuses(Record record) => [.. record.History.Where(h => h.Field == "Status").Select(h => h.NewValue)];

    [Fact]
    public void ARecordHeldByTheServiceDesk_OpensNew_AndIsPassedToAGroup_WhoseResponseIsMetWhenActive()
    {
        var record = Import(
            Row(SourceState.New, "Service Desk", 0),
            Row(SourceState.New, "Group A", 30, reassignments: 1),
            Row(SourceState.Active, "Group A", 60, reassignments: 1),
            Row(SourceState.Resolved, "Group A", 300, reassignments: 1, closedCode: "code 6"),
            Row(SourceState.Closed, "Group A", 7_500, reassignments: 1));

        Assert.Equal(["New", "Assigned", "In progress", "Resolved", "Closed"], Statuses(record));
        Assert.Equal("INC0000100", record.SourceNumber);
        Assert.Equal((Monday.AddMinutes(60), Monday.AddMinutes(300), Monday.AddMinutes(7_500)), (record.AcknowledgedAt, record.ResolvedAt, record.ClosedAt));
        Assert.Equal(1, record.ReassignmentCount);
        Assert.Contains(record.History, h => h.Field == "Resolution code" && h.NewValue == "code 6");
        var responses = record.Clocks.Where(c => c.Kind == OlaTargetKind.Response).OrderBy(c => c.Segment).ToList();
        Assert.Equal([(cmdb.Soc.Id, StopReason.PassedOn), (groups["Group A"].Id, StopReason.Met)], responses.Select(c => (c.SupportGroupId ?? -1, c.StopReason!.Value)));
        Assert.Equal(Monday.AddMinutes(60), responses[1].StoppedAt);
        Assert.All(record.Clocks, c => Assert.Equal(JeopardyState.OnTrack, c.State));
        Assert.Equal(Record.ImportedField, record.History[^1].Field);
    }

    [Fact]
    public void AwaitingUserInfo_StopsTheClocks_AwaitingProblem_DoesNot()
    {
        var record = Import(
            Row(SourceState.Active, "Group A", 0),
            Row(SourceState.AwaitingUserInfo, "Group A", 60),
            Row(SourceState.Active, "Group A", 180),
            Row(SourceState.AwaitingProblem, "Group A", 240),
            Row(SourceState.Resolved, "Group A", 300));

        var target = record.Clocks.Single(c => c.Kind == OlaTargetKind.RecordResolution);
        Assert.Equal([(Monday.AddMinutes(60), Monday.AddMinutes(180))], target.Pauses.Select(p => (p.Start, p.End!.Value)));
        Assert.Contains(record.History, h => h.Field == "Pending reason" && h.NewValue == nameof(PendingReason.AwaitingProblem));
    }

    [Fact]
    public void AReopen_RunsTheRecordsTargetAgain_StartsANewHold_AndKeepsTheSourcesCounters()
    {
        var record = Import(
            Row(SourceState.Active, "Group A", 0),
            Row(SourceState.Resolved, "Group A", 60),
            Row(SourceState.Active, "Group A", 120, reopens: 1),
            Row(SourceState.Resolved, "Group A", 180, reopens: 1),
            Row(SourceState.Resolved, "Group A", 240, reopens: 1));

        Assert.Equal(1, record.ReopenCount);
        Assert.Contains(record.History, h => h.Field == "Reopened");
        // Each Resolved row stamps the resolution time, as the source's resolved_at does; the clocks stopped at the first of them.
        Assert.Equal(Monday.AddMinutes(240), record.ResolvedAt);
        var target = record.Clocks.Single(c => c.Kind == OlaTargetKind.RecordResolution);
        Assert.Equal(Monday.AddMinutes(180), target.StoppedAt);
        Assert.Equal([(Monday.AddMinutes(60), Monday.AddMinutes(120))], target.Pauses.Select(p => (p.Start, p.End!.Value)));
        Assert.Equal([1, 2], record.Clocks.Where(c => c.Kind == OlaTargetKind.Resolution).Select(c => c.Segment));
    }

    [Fact]
    public void ARecordClosedWithoutResolving_IsResolvedAndClosedAtOnce()
    {
        var record = Import(Row(SourceState.Active, "Group A", 0), Row(SourceState.Closed, "Group A", 45));

        Assert.Equal((Monday.AddMinutes(45), Monday.AddMinutes(45)), (record.ResolvedAt, record.ClosedAt));
        Assert.Equal(Status.Closed, record.Status);
    }

    [Fact]
    public void AP1HeldTooLong_IsBreachedAtItsDueTime_WithNoClockEntriesInItsHistory()
    {
        var record = Import(Row(SourceState.New, "Group A", 0, Priority.P1), Row(SourceState.Active, "Group A", 20, Priority.P1), Row(SourceState.Resolved, "Group A", 300, Priority.P1));

        var response = record.Clocks.Single(c => c.Kind == OlaTargetKind.Response);
        Assert.Equal((JeopardyState.Breached, Monday.AddMinutes(15)), (response.State, response.BreachedAt!.Value));
        Assert.Equal(Monday.AddHours(4), record.Clocks.Single(c => c.Kind == OlaTargetKind.RecordResolution).BreachedAt);
        Assert.DoesNotContain(record.History, h => h.Field.EndsWith("clock", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUpdateStampedBeforeTheOpening_CountsFromTheOpening()
    {
        var record = Import(Row(SourceState.New, "Group A", -120), Row(SourceState.Active, "Group A", 30));

        Assert.All(record.History, h => Assert.True(h.At >= Monday, $"{h.Field} at {h.At}"));
    }
}

using OpsBoard.Domain.Import;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Domain.Records;

/// <summary>
/// A record built from another system's history: an incident event log replayed row by row (decision 0012). Each row
/// writes what changed into the history at the row's time and by its author, and the clocks are kept in step exactly as
/// for a record worked here; at the end they are read once, silently, since history raises no alerts.
/// </summary>
public sealed partial class Record
{
    public const string ImportedField = "Imported from";

    /// <summary>The number the record had in the system it was imported from; null for a record made here.</summary>
    public string? SourceNumber { get; private set; }

    public static Record Import(IReadOnlyList<LogRow> rows, ImportDirectory directory, OlaPolicyBook book, string by, DateTimeOffset now)
    {
        if (rows.Count == 0) throw new ArgumentException("An imported record needs at least one row of its log.", nameof(rows));
        var ordered = rows.Order(LogRow.ReplayOrder).ToList();
        var first = ordered[0];
        var holder = directory.GroupFor(first.Group);
        var service = directory.ServiceFor(first.Category);
        var openedBy = first.OpenedBy ?? first.UpdatedBy ?? by;
        var record = new Record
        {
            Number = string.Empty,
            SourceNumber = first.Number,
            Kind = RecordKind.Incident,
            Title = Clip(first.Symptom is null ? first.Subcategory ?? $"Incident {first.Number}" : $"{first.Symptom} ({first.Subcategory ?? first.Category ?? "no subcategory"})", RecordDetails.MaxTitleLength),
            Description = Describe(first),
            Caller = first.Caller is null ? null : Clip(first.Caller, RecordDetails.MaxCallerLength),
            Channel = first.Channel,
            Service = service,
            ServiceId = service.Id,
            Category = Clip(first.Subcategory ?? string.Empty, 100),
            Impact = first.Impact,
            Urgency = first.Urgency,
            Priority = first.Priority,
            Status = holder.IsServiceOperationsCentre ? Status.New : Status.Assigned,
            AssignmentGroup = holder,
            AssignmentGroupId = holder.Id,
            SupportLine = holder.Line,
            OpenedAt = first.OpenedAt,
            UpdatedAt = first.OpenedAt,
        };
        record.WriteOpening(openedBy, record.OpenedAt);
        RecordClocks.Keep(record, book, openedBy, record.OpenedAt);

        string? assignee = null;
        foreach (var row in ordered)
        {
            var at = row.UpdatedAt < record.OpenedAt ? record.OpenedAt : row.UpdatedAt;
            var who = row.UpdatedBy ?? openedBy;
            if (row.AssignedTo != assignee) record.Write(who, at, "Assignee", assignee, row.AssignedTo);
            assignee = row.AssignedTo;
            record.ReplayRow(row, directory, book, who, at);
            RecordClocks.Keep(record, book, who, at);
        }

        var last = ordered[^1];
        record.ReassignmentCount = last.ReassignmentCount;
        record.ReopenCount = last.ReopenCount;
        RecordClocks.Settle(record, book, now);
        record.history.Add(new HistoryEntry(now, by, ImportedField, null,
            $"{first.Number}: {ordered.Count} updates from {record.OpenedAt:yyyy-MM-dd HH:mm} to {last.UpdatedAt:yyyy-MM-dd HH:mm} UTC (lines {ordered.Min(r => r.Line)}-{ordered.Max(r => r.Line)})"));
        return record;
    }

    private void ReplayRow(LogRow row, ImportDirectory directory, OlaPolicyBook book, string by, DateTimeOffset at)
    {
        var group = directory.GroupFor(row.Group);
        if (!IsHeldBy(group))
        {
            Write(by, at, AssignmentGroupField, AssignmentGroup?.Name, group.Name);
            AssignmentGroup = group;
            AssignmentGroupId = group.Id;
            SupportLine = group.Line;
            // Passed on in the row that resolves it: the new group was assigned it, as AssignTo would, and resolved it then.
            if (IsOpen && row.IsResolvedOrClosed)
            {
                SetStatus(Status.Assigned, by, at);
                RecordClocks.Keep(this, book, by, at);
            }
        }
        var service = row.Category is null ? Service : directory.ServiceFor(row.Category);
        if (service is not null && !ReferenceEquals(service, Service))
        {
            Write(by, at, "Service", Service?.Name, service.Name);
            Service = service;
            ServiceId = service.Id;
        }
        if (row.Subcategory is { } subcategory && Clip(subcategory, 100) != Category)
        {
            Write(by, at, "Category", Category, Clip(subcategory, 100));
            Category = Clip(subcategory, 100);
        }
        if (row.Impact != Impact) Write(by, at, "Impact", Impact.ToString(), row.Impact.ToString());
        if (row.Urgency != Urgency) Write(by, at, "Urgency", Urgency.ToString(), row.Urgency.ToString());
        Impact = row.Impact;
        Urgency = row.Urgency;
        if (row.Priority != Priority) Write(by, at, "Priority", Priority.ToString(), row.Priority.ToString());
        Priority = row.Priority;
        ReplayState(row, by, at);
    }

    private void ReplayState(LogRow row, string by, DateTimeOffset at)
    {
        var wasDone = Status is Status.Resolved or Status.Closed;
        var (status, reason) = row.State switch
        {
            SourceState.New => (AssignmentGroup?.IsServiceOperationsCentre == true ? Status.New : Status.Assigned, (PendingReason?)null),
            SourceState.Active => (Status.InProgress, null),
            SourceState.AwaitingUserInfo or SourceState.AwaitingEvidence => (Status.Pending, Records.PendingReason.AwaitingCaller),
            SourceState.AwaitingVendor => (Status.Pending, Records.PendingReason.AwaitingSupplier),
            SourceState.AwaitingProblem => (Status.Pending, Records.PendingReason.AwaitingProblem),
            SourceState.Resolved => (Status.Resolved, null),
            _ => (Status.Closed, null),
        };
        if (reason != PendingReason) Write(by, at, "Pending reason", PendingReason?.ToString(), reason?.ToString());
        PendingReason = reason;
        var done = status is Status.Resolved or Status.Closed;
        if (wasDone && !done)
        {
            Write(by, at, "Reopened", null, "reopened in the source system");
            ResolvedAt = null;
            ClosedAt = null;
        }
        if (status == Status.InProgress) AcknowledgedAt ??= at;
        SetStatus(status, by, at);
        // The source stamps its resolution time at each Resolved row (its resolved_at is the last one's time).
        if (status == Status.Resolved || done && !wasDone) ResolvedAt = at;
        if (done && !wasDone)
        {
            if (row.ClosedCode is { } code) Write(by, at, "Resolution code", null, code);
            if (row.ResolvedBy is { } resolver) Write(by, at, "Resolved by", null, resolver);
            ResolutionNote = $"Resolved in the source system{(row.ClosedCode is { } c ? $" with {c}" : string.Empty)}{(row.ResolvedBy is { } r ? $" by {r}" : string.Empty)}.";
        }
        if (status == Status.Closed) ClosedAt ??= at;
        else if (status == Status.Resolved) ClosedAt = null;
    }

    private static string? Describe(LogRow row)
    {
        var parts = new List<string> { $"Imported from {row.Number}" };
        if (row.Location is { } location) parts.Add($"location {location}");
        if (row.Category is { } category) parts.Add($"category {category}");
        if (row.Problem is { } problem) parts.Add($"problem {problem}");
        if (row.Change is { } change) parts.Add($"change {change}");
        return string.Join("; ", parts) + ".";
    }

    private static string Clip(string text, int most) => text.Length <= most ? text : text[..most];
}

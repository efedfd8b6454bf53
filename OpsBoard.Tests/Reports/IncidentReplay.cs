namespace OpsBoard.Tests.Reports;

/// <summary>An OpsBoard status as decision 0012 maps a source state onto it; Pending says whether its reason stops the clock.</summary>
public enum ReplayStatus { New, Assigned, InProgress, PendingStopped, PendingRunning, Resolved, Closed }

/// <summary>One hold of the record by a group: from its assignment until it is passed on or resolved (open-ended if it still holds it).</summary>
public sealed record Hold(int Segment, string Group, DateTimeOffset Start, DateTimeOffset? End);

/// <summary>What the test expects of one imported incident, worked out from its rows alone.</summary>
public sealed class ExpectedIncident
{
    public required string SourceNumber { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public int ReassignmentCount { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>The group holding it now: for a resolved record the group that resolved it, unless the source moved it on after (decision 0012).</summary>
    public required string Group { get; set; }

    public required int Priority { get; set; }

    public required string Service { get; set; }

    public List<ExpectedClock> Clocks { get; } = [];

    public List<Hold> Holds { get; } = [];

    /// <summary>Every status the record took, in order, with the instant (the opening first).</summary>
    public List<(DateTimeOffset At, ReplayStatus Status)> Statuses { get; } = [];

    public bool OnlySoc => Holds.All(h => h.Group == IncidentReplay.Soc);

    public ExpectedClock RecordTarget => Clocks.Single(c => c.Kind == ExpectedClockKind.RecordTarget);

    public ReplayStatus StatusAt(DateTimeOffset instant) =>
        Statuses.LastOrDefault(s => s.At < instant) is { } last && OpenedAt < instant ? last.Status
        : throw new InvalidOperationException($"{SourceNumber} was not open before {instant:u}.");

    /// <summary>Opened before <paramref name="instant"/> and, at it, in an open status.</summary>
    public bool OpenAt(DateTimeOffset instant) => OpenedAt < instant && IncidentReplay.IsOpen(StatusAt(instant));
}

/// <summary>
/// Replays an incident's rows as decision 0012 says the import does, with the test's own rules: the clock rules of
/// PROCESS.md (segments per hold, response met on acknowledge, pauses while awaiting the caller or a supplier, the
/// record's own target running again on reopen from the reopening).
/// </summary>
public static class IncidentReplay
{
    /// <summary>The name the test gives OpsBoard's SOC group: `?` and the --soc-group name become it.</summary>
    public const string Soc = "(SOC)";

    /// <summary>The service of an incident whose rows never name a category (`?` is empty, decision 0012).</summary>
    public const string NoCategory = "(no category)";

    public static bool IsOpen(ReplayStatus status) => status is not (ReplayStatus.Resolved or ReplayStatus.Closed);

    public static IReadOnlyList<ExpectedIncident> All(IncidentLog log, string? socGroup) =>
        [.. log.Rows.GroupBy(r => r.Number).Select(g => Replay(g, socGroup))];

    public static ExpectedIncident Replay(IEnumerable<LogRow> incidentRows, string? socGroup)
    {
        var rows = incidentRows.OrderBy(r => r.UpdatedAt).ThenBy(r => r.ModCount).ThenBy(r => r.Line).ToList();
        string GroupOf(LogRow row) => row.Group is null || row.Group == socGroup ? Soc : row.Group;
        var first = rows[0];
        var opened = first.OpenedAt;
        var incident = new ExpectedIncident
        {
            SourceNumber = first.Number,
            OpenedAt = opened,
            Group = GroupOf(first),
            Priority = first.Priority,
            Service = first.Category ?? NoCategory,
        };
        var status = incident.Group == Soc ? ReplayStatus.New : ReplayStatus.Assigned;
        incident.Statuses.Add((opened, status));
        var replay = new Replayer(incident, opened);
        replay.Keep(status, opened);
        foreach (var row in rows)
        {
            var at = row.UpdatedAt > opened ? row.UpdatedAt : opened;
            var holder = GroupOf(row);
            var next = Map(row.State, holder);
            var wasOpen = IsOpen(status);
            // A pass-on in the row that resolves: the group is assigned (a new hold, Assigned) and resolves it at that instant.
            if (wasOpen && !IsOpen(next) && holder != incident.Group)
            {
                incident.Group = holder;
                replay.Keep(ReplayStatus.Assigned, at);
            }
            incident.Group = holder;
            incident.Priority = row.Priority;
            incident.Service = row.Category ?? incident.Service;
            // Decision 0012: the time of the last Resolved row (the source stamps resolved_at at each), or of the Closed row
            // of an incident closed straight from an open state; empty while open. The clocks stop at the move into Resolved.
            if (next == ReplayStatus.Resolved || wasOpen && !IsOpen(next)) incident.ResolvedAt = at;
            if (!wasOpen && IsOpen(next)) incident.ResolvedAt = null;
            if (next != status) incident.Statuses.Add((at, next));
            status = next;
            replay.Keep(status, at);
        }
        var last = rows[^1];
        incident.ReassignmentCount = last.ReassignmentCount;
        incident.ReopenCount = last.ReopenCount;
        return incident;
    }

    /// <summary>Decision 0012's table of source states.</summary>
    public static ReplayStatus Map(string state, string holder) => state switch
    {
        "New" => holder == Soc ? ReplayStatus.New : ReplayStatus.Assigned,
        "Active" => ReplayStatus.InProgress,
        "Awaiting User Info" or "Awaiting Evidence" or "Awaiting Vendor" => ReplayStatus.PendingStopped,
        "Awaiting Problem" => ReplayStatus.PendingRunning,
        "Resolved" => ReplayStatus.Resolved,
        "Closed" => ReplayStatus.Closed,
        _ => throw new ArgumentException($"Unknown state {state}.", nameof(state)),
    };

    /// <summary>Keeps the clocks of one incident in step with its status, holder and priority after each change.</summary>
    private sealed class Replayer(ExpectedIncident incident, DateTimeOffset opened)
    {
        private int segment;

        private IEnumerable<ExpectedClock> Current => incident.Clocks.Where(c => c.Segment == segment && segment > 0);

        public void Keep(ReplayStatus status, DateTimeOffset at)
        {
            if (!IsOpen(status))
            {
                foreach (var clock in incident.Clocks) clock.Stop(ExpectedStop.Resolved, at);
                EndHold(at);
                return;
            }
            var target = incident.Clocks.FirstOrDefault(c => c.Kind == ExpectedClockKind.RecordTarget);
            if (target is null) incident.Clocks.Add(new ExpectedClock(ExpectedClockKind.RecordTarget, 0, null, opened, incident.Priority));
            else target.RunAgain(at);

            var current = Current.ToList();
            var resolutionEnded = current.Any(c => c.Kind == ExpectedClockKind.Resolution && !c.IsRunning);
            if (current.Count == 0 || current[0].Group != incident.Group || resolutionEnded)
            {
                foreach (var clock in current) clock.Stop(ExpectedStop.PassedOn, at);
                EndHold(at);
                var start = segment == 0 ? opened : at;
                segment++;
                incident.Clocks.Add(new ExpectedClock(ExpectedClockKind.Response, segment, incident.Group, start, incident.Priority));
                incident.Clocks.Add(new ExpectedClock(ExpectedClockKind.Resolution, segment, incident.Group, start, incident.Priority));
                incident.Holds.Add(new Hold(segment, incident.Group, start, null));
            }
            if (status is ReplayStatus.InProgress or ReplayStatus.PendingStopped or ReplayStatus.PendingRunning)
            {
                Current.Single(c => c.Kind == ExpectedClockKind.Response).Stop(ExpectedStop.Met, at);
            }
            foreach (var clock in incident.Clocks.Where(c => c.IsRunning))
            {
                clock.Priority = incident.Priority;
                if (status == ReplayStatus.PendingStopped) clock.Pause(at);
                else clock.EndPause(at);
            }
        }

        private void EndHold(DateTimeOffset at)
        {
            if (incident.Holds.Count > 0 && incident.Holds[^1].End is null) incident.Holds[^1] = incident.Holds[^1] with { End = at };
        }
    }
}

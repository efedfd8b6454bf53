using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Ola;

/// <summary>
/// Keeps a record's clocks in step with the record after every change: segments relay from group to group, the
/// response is met on acknowledge, pending reasons that stop the clock pause it, resolve stops everything and
/// reopen resumes the record's target with a new segment. Idempotent: reconciling twice changes nothing more.
/// </summary>
public static class RecordClocks
{
    public static IReadOnlyList<ClockChange> Reconcile(Record record, OlaPolicyBook book, string by, DateTimeOffset now)
    {
        Keep(record, book, by, now);
        return Evaluate(record, book, by, now, record.Clocks);
    }

    /// <summary>Starts, stops, pauses and resumes the record's clocks to match the record, without reading them.</summary>
    public static void Keep(Record record, OlaPolicyBook book, string by, DateTimeOffset now)
    {
        if (record.IsOpen) KeepRunning(record, book, by, now);
        else StopAll(record, now);
    }

    /// <summary>
    /// Reads every clock at <paramref name="now"/> and stores the reading, noting nothing: for a record built from history,
    /// whose crossings happened in another system and raise no alerts.
    /// </summary>
    public static void Settle(Record record, OlaPolicyBook book, DateTimeOffset now)
    {
        foreach (var clock in record.Clocks) clock.Apply(clock.Read(book.Calendar(clock.CalendarName), now));
    }

    /// <summary>Re-reads the given clocks at <paramref name="now"/>, stores the readings and returns the state changes.</summary>
    public static IReadOnlyList<ClockChange> Evaluate(Record record, OlaPolicyBook book, string by, DateTimeOffset now, IEnumerable<OlaTarget> clocks)
    {
        var changes = new List<ClockChange>();
        foreach (var clock in clocks)
        {
            if (clock.Reevaluate(book.Calendar(clock.CalendarName), now) is not { } change) continue;
            changes.Add(change);
            record.NoteClock(by, now, change.HistoryField, change.From.ToString(), change.To.ToString());
        }
        return changes;
    }

    public static string Describe(OlaTargetKind kind) => kind switch
    {
        OlaTargetKind.Response => "Response",
        OlaTargetKind.Resolution => "Resolution",
        OlaTargetKind.MajorIncidentUpdate => "Update due",
        _ => "Record resolution",
    };

    private static void KeepRunning(Record record, OlaPolicyBook book, string by, DateTimeOffset now)
    {
        var recordTarget = record.Clocks.FirstOrDefault(c => c.Kind == OlaTargetKind.RecordResolution);
        if (recordTarget is null)
        {
            record.AddClock(new OlaTarget(OlaTargetKind.RecordResolution, 0, null, book.For(null, record.Priority), record.OpenedAt));
        }
        else if (!recordTarget.IsRunning)
        {
            recordTarget.Reopen(by, now);
        }

        var segment = record.Clocks.Where(c => c.Segment > 0).Select(c => c.Segment).DefaultIfEmpty(0).Max();
        var current = record.Clocks.Where(c => c.Segment == segment && segment > 0).ToList();
        var holderChanged = current.Count == 0 || current[0].SupportGroupId != record.AssignmentGroupId;
        // A resolved segment has ended; the group that holds a reopened record starts a new one.
        var segmentEnded = current.Any(c => c.Kind == OlaTargetKind.Resolution && !c.IsRunning);
        if (holderChanged || segmentEnded)
        {
            foreach (var clock in current) clock.Stop(StopReason.PassedOn, now);
            var policy = book.For(record.AssignmentGroupId, record.Priority);
            var start = segment == 0 ? record.OpenedAt : now;
            current =
            [
                new OlaTarget(OlaTargetKind.Response, segment + 1, record.AssignmentGroupId, policy, start),
                new OlaTarget(OlaTargetKind.Resolution, segment + 1, record.AssignmentGroupId, policy, start),
            ];
            foreach (var clock in current) record.AddClock(clock);
        }

        if (record.Status is Status.InProgress or Status.Pending)
        {
            current.FirstOrDefault(c => c.Kind == OlaTargetKind.Response)?.Stop(StopReason.Met, now);
        }

        KeepUpdateDue(record, now);
        foreach (var clock in record.Clocks.Where(c => c.IsRunning && !c.IsUpdateDue))
        {
            var policy = book.For(clock.SupportGroupId, record.Priority);
            if (clock.Priority != record.Priority) clock.ApplyPolicy(policy);
            if (record.Status == Status.Pending && policy.StopsClock(record.PendingReason))
                clock.Pause(record.PendingReason!.Value.ToString(), by, now);
            else
                clock.Resume(now);
        }
    }

    /// <summary>
    /// A major incident's update-due clock: one runs from the last update while it is open. A new update meets it and the
    /// next starts then; it runs whatever the record's status, since people wait for news while it is pending too.
    /// </summary>
    private static void KeepUpdateDue(Record record, DateTimeOffset now)
    {
        var running = record.Clocks.LastOrDefault(c => c.IsUpdateDue && c.IsRunning);
        if (!record.IsOpenMajorIncident || record.LastMajorIncidentUpdateAt is not { } last || record.MajorIncidentUpdateEvery is not { } every)
        {
            running?.Stop(StopReason.Cancelled, now);
            return;
        }
        if (running is not null)
        {
            if (running.Start >= last) return;
            running.Stop(StopReason.Met, now);
        }
        // Reopened after the last update: the next is due a full interval from the reopening, not overdue at once.
        var reopened = running is null && record.Clocks.Any(c => c.IsUpdateDue && c.StoppedAt >= last);
        record.AddClock(OlaTarget.UpdateDue(record.Priority, every, reopened ? now : last));
    }

    private static void StopAll(Record record, DateTimeOffset now)
    {
        var reason = record.Status == Status.Cancelled ? StopReason.Cancelled : StopReason.Resolved;
        foreach (var clock in record.Clocks) clock.Stop(reason, now);
    }
}

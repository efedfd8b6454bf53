using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Ola;

/// <summary>
/// One clock of a record: a segment's response or resolution target for the group holding it, or the record's
/// end-to-end target. Stores the facts (start, pauses, stop) and the last reading the engine persisted.
/// </summary>
public sealed class OlaTarget
{
    private readonly List<OlaPause> pauses = [];

    private OlaTarget()
    {
        CalendarName = string.Empty;
    }

    public OlaTarget(OlaTargetKind kind, int segment, int? supportGroupId, OlaPolicy policy, DateTimeOffset start)
    {
        Kind = kind;
        Segment = segment;
        SupportGroupId = supportGroupId;
        Start = start;
        CalendarName = string.Empty;
        ApplyPolicy(policy);
    }

    /// <summary>
    /// A major incident's update-due clock: round the clock (a major incident does not wait for office hours), with the
    /// default jeopardy thresholds. Like the record's own target it belongs to no group's segment (segment 0).
    /// </summary>
    public static OlaTarget UpdateDue(Priority priority, TimeSpan every, DateTimeOffset start) =>
        new()
        {
            Kind = OlaTargetKind.MajorIncidentUpdate,
            Segment = 0,
            Priority = priority,
            Target = every,
            CalendarName = OlaPolicy.TwentyFourSeven,
            Thresholds = JeopardyThresholds.Default,
            Start = start,
        };

    public long Id { get; private set; }

    public long RecordId { get; private set; }

    public OlaTargetKind Kind { get; private set; }

    /// <summary>
    /// 1 for the first group to hold the record, 2 for the next, and so on; 0 for the record's own target and a major
    /// incident's update-due clocks.
    /// </summary>
    public int Segment { get; private set; }

    public int? SupportGroupId { get; private set; }

    public Priority Priority { get; private set; }

    public TimeSpan Target { get; private set; }

    public string CalendarName { get; private set; }

    public JeopardyThresholds Thresholds { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset? StoppedAt { get; private set; }

    public StopReason? StopReason { get; private set; }

    public IReadOnlyList<OlaPause> Pauses => pauses;

    public JeopardyState State { get; private set; }

    public DateTimeOffset? Due { get; private set; }

    /// <summary>When the state will next change if nothing else happens; the sweep looks only at targets whose moment has come.</summary>
    public DateTimeOffset? NextTransitionAt { get; private set; }

    public double PercentUsed { get; private set; }

    /// <summary>When the target breached; kept for reporting even after the record is resolved.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsRunning => StoppedAt is null;

    public OlaPause? OpenPause => pauses.LastOrDefault(p => p.End is null);

    public ClockFacts Facts => new(Start, Target, Thresholds, StoppedAt, [.. pauses.Select(p => p.ToClockPause())]);

    public bool IsUpdateDue => Kind == OlaTargetKind.MajorIncidentUpdate;

    public void ApplyPolicy(OlaPolicy policy)
    {
        Priority = policy.Priority;
        Target = Kind == OlaTargetKind.Response ? policy.Response : policy.Resolution;
        CalendarName = policy.CalendarName;
        Thresholds = policy.Thresholds;
    }

    public void Stop(StopReason reason, DateTimeOffset now)
    {
        if (StoppedAt is not null) return;
        OpenPause?.EndAt(now);
        StoppedAt = now;
        StopReason = reason;
    }

    public void Pause(string reason, string by, DateTimeOffset now)
    {
        if (StoppedAt is null && OpenPause is null) pauses.Add(new OlaPause(now, reason, by));
    }

    public void Resume(DateTimeOffset now) => OpenPause?.EndAt(now);

    /// <summary>A reopened record's target runs again; the time it spent resolved stands still.</summary>
    public void Reopen(string by, DateTimeOffset now)
    {
        if (StoppedAt is not { } stopped) return;
        pauses.Add(new OlaPause(stopped, "Resolved", by));
        pauses[^1].EndAt(now);
        StoppedAt = null;
        StopReason = null;
    }

    /// <summary>Stores a new reading and returns the state it had before, so a caller can tell a crossing.</summary>
    public JeopardyState Apply(ClockReading reading)
    {
        var before = State;
        State = reading.State;
        Due = reading.Due;
        NextTransitionAt = reading.NextTransitionAt;
        PercentUsed = Math.Round(reading.PercentUsed, 2);
        if (reading.State == JeopardyState.Breached) BreachedAt ??= reading.Due;
        Version++;
        return before;
    }

    public ClockReading Read(BusinessCalendar calendar, DateTimeOffset now) => OlaClock.Read(Facts, calendar, now);

    /// <summary>Reads the clock at <paramref name="now"/> and stores the reading; returns the change of state, if any.</summary>
    public ClockChange? Reevaluate(BusinessCalendar calendar, DateTimeOffset now)
    {
        var before = Apply(Read(calendar, now));
        return before == State ? null : new ClockChange(this, before, State);
    }
}

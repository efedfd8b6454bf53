namespace OpsBoard.Tests.Reports;

public enum ExpectedClockKind { Response, Resolution, RecordTarget }

public enum ExpectedStop { Met, PassedOn, Resolved }

/// <summary>
/// One OLA clock as the test works it out: a group's response or resolution in one segment (hold), or the record's own
/// target. Counted time is the calendar's time from the start until the stop, less the pauses; the target and calendar
/// are those of the priority the record had while the clock last ran (PROCESS.md's defaults).
/// </summary>
public sealed class ExpectedClock(ExpectedClockKind kind, int segment, string? group, DateTimeOffset start, int priority)
{
    private readonly List<(DateTimeOffset Start, DateTimeOffset? End)> pauses = [];
    private (DateTimeOffset Now, int Version, DateTimeOffset? At)? breach;
    private int version;
    private int priority = priority;

    public ExpectedClockKind Kind { get; } = kind;

    /// <summary>1 for the first hold, 2 for the next...; 0 for the record's own target.</summary>
    public int Segment { get; } = segment;

    /// <summary>The holding group's name (<see cref="IncidentReplay.Soc"/> for the SOC); null for the record's own target.</summary>
    public string? Group { get; } = group;

    public DateTimeOffset Start { get; } = start;

    public int Priority
    {
        get => priority;
        set
        {
            if (value == priority) return;
            priority = value;
            version++;
        }
    }

    public DateTimeOffset? StoppedAt { get; private set; }

    public ExpectedStop? StopReason { get; private set; }

    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset? End)> Pauses => pauses;

    public bool IsRunning => StoppedAt is null;

    public bool IsPaused => pauses.Count > 0 && pauses[^1].End is null;

    public bool TwentyFourSeven => Priority <= 2;

    /// <summary>PROCESS.md's default targets: P1 24x7 15 min / 4 h, P2 24x7 30 min / 8 h, P3 working hours 2 h / 30 h, P4 8 h / 50 h.</summary>
    public TimeSpan Target => (Kind, Priority) switch
    {
        (ExpectedClockKind.Response, 1) => TimeSpan.FromMinutes(15),
        (ExpectedClockKind.Response, 2) => TimeSpan.FromMinutes(30),
        (ExpectedClockKind.Response, 3) => TimeSpan.FromHours(2),
        (ExpectedClockKind.Response, _) => TimeSpan.FromHours(8),
        (_, 1) => TimeSpan.FromHours(4),
        (_, 2) => TimeSpan.FromHours(8),
        (_, 3) => TimeSpan.FromHours(30),
        _ => TimeSpan.FromHours(50),
    };

    public void Stop(ExpectedStop reason, DateTimeOffset at)
    {
        version++;
        if (StoppedAt is not null) return;
        EndPause(at);
        StoppedAt = at;
        StopReason = reason;
    }

    public void Pause(DateTimeOffset at)
    {
        version++;
        if (IsRunning && !IsPaused) pauses.Add((at, null));
    }

    public void EndPause(DateTimeOffset at)
    {
        version++;
        if (IsPaused) pauses[^1] = (pauses[^1].Start, at);
    }

    /// <summary>A reopened record's own target runs again; the time it spent resolved is a pause.</summary>
    public void RunAgain(DateTimeOffset at)
    {
        version++;
        if (StoppedAt is not { } stopped) return;
        pauses.Add((stopped, at));
        StoppedAt = null;
        StopReason = null;
    }

    /// <summary>The spans in which the clock ran, up to <paramref name="until"/> (the stop, if earlier).</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Runs(DateTimeOffset until)
    {
        var end = StoppedAt is { } stop && stop < until ? stop : until;
        var cursor = Start;
        foreach (var (pauseStart, pauseEnd) in pauses.OrderBy(p => p.Start))
        {
            if (cursor >= end) yield break;
            if (pauseStart > cursor) yield return (cursor, pauseStart < end ? pauseStart : end);
            var resumed = pauseEnd ?? DateTimeOffset.MaxValue;
            if (resumed > cursor) cursor = resumed;
        }
        if (cursor < end) yield return (cursor, end);
    }

    /// <summary>Counted time inside [from, to).</summary>
    public TimeSpan CountedIn(DateTimeOffset from, DateTimeOffset to) =>
        Runs(to).Aggregate(TimeSpan.Zero, (sum, run) =>
            sum + SourceCalendar.Counted(TwentyFourSeven, run.Start > from ? run.Start : from, run.End));

    public TimeSpan CountedAt(DateTimeOffset now) => CountedIn(Start, now);

    /// <summary>The instant the counted time reached the target, if it did by the stop (and by <paramref name="now"/>).</summary>
    public DateTimeOffset? BreachedAt(DateTimeOffset now)
    {
        if (breach is { } known && known.Now == now && known.Version == version) return known.At;
        var at = Reach(now);
        breach = (now, version, at);
        return at;
    }

    private DateTimeOffset? Reach(DateTimeOffset now)
    {
        var counted = TimeSpan.Zero;
        foreach (var (start, end) in Runs(DateTimeOffset.MaxValue))
        {
            if (end == DateTimeOffset.MaxValue)
            {
                var reached = SourceCalendar.Add(TwentyFourSeven, start, Target - counted);
                return reached <= now ? reached : null;
            }
            var inRun = SourceCalendar.Counted(TwentyFourSeven, start, end);
            if (counted + inRun >= Target) return SourceCalendar.Add(TwentyFourSeven, start, Target - counted);
            counted += inRun;
        }
        return null;
    }
}

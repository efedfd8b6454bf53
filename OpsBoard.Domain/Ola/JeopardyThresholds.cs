namespace OpsBoard.Domain.Ola;

/// <summary>The percentages of a target at which it enters Watch, Jeopardy and Breached (default 50/75/100).</summary>
public readonly record struct JeopardyThresholds(int WatchPercent, int JeopardyPercent, int BreachedPercent)
{
    public static JeopardyThresholds Default { get; } = new(50, 75, 100);

    /// <summary>What is wrong with these thresholds, keyed by the field at fault (watchPercent, jeopardyPercent, breachedPercent).</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        if (WatchPercent <= 0) problems["watchPercent"] = "The Watch threshold must be above 0%.";
        if (JeopardyPercent <= WatchPercent)
            problems["jeopardyPercent"] = $"Thresholds must rise strictly: Jeopardy must be above Watch ({WatchPercent}%).";
        else if (JeopardyPercent >= BreachedPercent)
            problems["jeopardyPercent"] = $"Thresholds must rise strictly: Jeopardy must be below Breached ({BreachedPercent}%).";
        if (BreachedPercent != 100) problems["breachedPercent"] = "Breached is when the whole target is used: it must be 100%.";
        return problems;
    }

    /// <summary>The percentage at which <paramref name="state"/> begins.</summary>
    public int PercentFor(JeopardyState state) => state switch
    {
        JeopardyState.Watch => WatchPercent,
        JeopardyState.Jeopardy => JeopardyPercent,
        JeopardyState.Breached => BreachedPercent,
        _ => 0,
    };

    /// <summary>The state of a clock that has used <paramref name="used"/> of <paramref name="target"/>, compared exactly in ticks.</summary>
    public JeopardyState StateFor(TimeSpan used, TimeSpan target)
    {
        var scaled = (Int128)used.Ticks * 100;
        var state = JeopardyState.OnTrack;
        foreach (var candidate in (ReadOnlySpan<JeopardyState>)[JeopardyState.Watch, JeopardyState.Jeopardy, JeopardyState.Breached])
        {
            if (scaled >= (Int128)target.Ticks * PercentFor(candidate)) state = candidate;
        }
        return state;
    }

    /// <summary>The least time used at which <paramref name="state"/> is reached (rounded up to the tick).</summary>
    public TimeSpan UsedAt(JeopardyState state, TimeSpan target)
    {
        var scaled = (Int128)target.Ticks * PercentFor(state);
        return TimeSpan.FromTicks((long)((scaled + 99) / 100));
    }
}

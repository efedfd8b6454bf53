namespace OpsBoard.Tests.Reports;

/// <summary>A report request in the test's own terms: a period [From, To) and filters by name (empty or null = all).</summary>
public sealed record ExpectedRequest(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlySet<string>? Services = null,
    IReadOnlySet<string>? Groups = null,
    IReadOnlySet<int>? Priorities = null)
{
    public bool InPeriod(DateTimeOffset? instant) => instant is { } at && at >= From && at < To;

    public bool RecordMatches(ExpectedIncident incident) => GroupMatches(incident, incident.Group);

    /// <summary>A clock is filtered by its own group (the record's target by the record's group) and its record's service and priority.</summary>
    public bool ClockMatches(ExpectedIncident incident, ExpectedClock clock) => GroupMatches(incident, clock.Group ?? incident.Group);

    private bool GroupMatches(ExpectedIncident incident, string group) =>
        (Services is not { Count: > 0 } || Services.Contains(incident.Service))
        && (Priorities is not { Count: > 0 } || Priorities.Contains(incident.Priority))
        && (Groups is not { Count: > 0 } || Groups.Contains(group));
}

/// <summary>Mean, median (mean of the two middle values for an even count) and 90th percentile (nearest rank) of durations.</summary>
public sealed record Spread(int Count, TimeSpan? Mean, TimeSpan? Median, TimeSpan? P90)
{
    public static Spread Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0) return new Spread(0, null, null, null);
        var n = sorted.Count;
        var mean = TimeSpan.FromTicks((long)sorted.Average(v => (decimal)v.Ticks));
        var median = n % 2 == 1 ? sorted[n / 2] : TimeSpan.FromTicks((sorted[n / 2 - 1].Ticks + sorted[n / 2].Ticks) / 2);
        var p90 = sorted[(int)Math.Ceiling(0.9m * n) - 1];
        return new Spread(n, mean, median, p90);
    }
}

public sealed record VolumeBucket(DateTimeOffset Start, DateTimeOffset End, int Opened, int Resolved);

public sealed record ClockTally(string Group, ExpectedClockKind Kind, int Ended, int Met);

public sealed record RelayRow(string SourceNumber, TimeSpan Target, TimeSpan Used, IReadOnlyDictionary<string, TimeSpan> Shares);

/// <summary>Every figure of decision 0012's Reports section for one request, computed from the replayed incidents alone.</summary>
public sealed class ExpectedFigures
{
    public static readonly string[] AgeBands = ["under 1 day", "1-3 days", "3-7 days", "7-30 days", "30 days or more"];

    public required IReadOnlyList<VolumeBucket> Volumes { get; init; }

    /// <summary>Per group and kind of clock; the overall row per kind is the sum over groups.</summary>
    public required IReadOnlyList<ClockTally> Compliance { get; init; }

    public required IReadOnlyDictionary<(string Group, ExpectedClockKind Kind), int> Breaches { get; init; }

    public required IReadOnlyDictionary<int, Spread> TimeToResolveByPriority { get; init; }

    public required Spread TimeToResolve { get; init; }

    /// <summary>Records resolved in the period by reassignment count: 0, 1, 2, 3, 4, 5 or more.</summary>
    public required int[] Hops { get; init; }

    public required double? MeanHops { get; init; }

    public required int Resolved { get; init; }

    public required int Reopened { get; init; }

    public required int ResolvedIncidentsAndRequests { get; init; }

    public required int FirstContactAtSoc { get; init; }

    /// <summary>Open at To, per priority, by age band (index into <see cref="AgeBands"/>).</summary>
    public required IReadOnlyDictionary<int, int[]> Backlog { get; init; }

    public required IReadOnlyList<RelayRow> Relay { get; init; }

    public static ExpectedFigures For(IReadOnlyList<ExpectedIncident> incidents, ExpectedRequest request, DateTimeOffset now)
    {
        var records = incidents.Where(request.RecordMatches).ToList();
        var resolved = records.Where(r => request.InPeriod(r.ResolvedAt)).ToList();
        var clocks = incidents.SelectMany(i => i.Clocks.Select(c => (Incident: i, Clock: c, Group: c.Group ?? i.Group)))
            .Where(x => request.ClockMatches(x.Incident, x.Clock)).ToList();
        var ended = clocks.Where(x => request.InPeriod(x.Clock.StoppedAt)).ToList();
        var breached = clocks.Select(x => (x.Incident, x.Clock, x.Group, At: x.Clock.BreachedAt(now)))
            .Where(x => request.InPeriod(x.At)).ToList();
        var open = records.Where(r => r.OpenAt(request.To)).ToList();
        var until = now < request.To ? now : request.To;

        return new ExpectedFigures
        {
            Volumes = Buckets(request).Select(b => new VolumeBucket(b.Start, b.End,
                records.Count(r => request.InPeriod(r.OpenedAt) && r.OpenedAt >= b.Start && r.OpenedAt < b.End),
                records.Count(r => request.InPeriod(r.ResolvedAt) && r.ResolvedAt >= b.Start && r.ResolvedAt < b.End))).ToList(),
            Compliance = ended.GroupBy(x => (x.Group, x.Clock.Kind))
                .Select(g => new ClockTally(g.Key.Group, g.Key.Kind, g.Count(), g.Count(x => x.Clock.BreachedAt(now) is null)))
                .OrderBy(t => t.Group, StringComparer.Ordinal).ThenBy(t => t.Kind).ToList(),
            Breaches = breached.GroupBy(x => (x.Group, x.Clock.Kind)).ToDictionary(g => g.Key, g => g.Count()),
            TimeToResolveByPriority = resolved.GroupBy(r => r.Priority)
                .ToDictionary(g => g.Key, g => Spread.Of(g.Select(r => r.ResolvedAt!.Value - r.OpenedAt))),
            TimeToResolve = Spread.Of(resolved.Select(r => r.ResolvedAt!.Value - r.OpenedAt)),
            Hops = [.. Enumerable.Range(0, 6).Select(n => resolved.Count(r => Math.Min(r.ReassignmentCount, 5) == n))],
            MeanHops = resolved.Count == 0 ? null : resolved.Average(r => (double)r.ReassignmentCount),
            Resolved = resolved.Count,
            Reopened = resolved.Count(r => r.ReopenCount > 0),
            ResolvedIncidentsAndRequests = resolved.Count,
            FirstContactAtSoc = resolved.Count(r => r.OnlySoc),
            Backlog = open.GroupBy(r => r.Priority).ToDictionary(g => g.Key, g =>
            {
                var bands = new int[AgeBands.Length];
                foreach (var r in g) bands[AgeBand(request.To - r.OpenedAt)]++;
                return bands;
            }),
            Relay = breached.Where(x => x.Clock.Kind == ExpectedClockKind.RecordTarget)
                .Select(x => RelayRowOf(x.Incident, until))
                .OrderBy(r => r.SourceNumber, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>A breached record's relay: each group's share, and their sum (the target's use, to its stop or <paramref name="until"/>).</summary>
    private static RelayRow RelayRowOf(ExpectedIncident incident, DateTimeOffset until)
    {
        var shares = Reports.Relay.SharesOf(incident, until);
        return new RelayRow(incident.SourceNumber, incident.RecordTarget.Target, shares.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b), shares);
    }

    public static int AgeBand(TimeSpan age) =>
        age < TimeSpan.FromDays(1) ? 0 : age < TimeSpan.FromDays(3) ? 1 : age < TimeSpan.FromDays(7) ? 2 : age < TimeSpan.FromDays(30) ? 3 : 4;

    /// <summary>Whether volumes go by day, week or month: by the period's length in local days.</summary>
    public static string BucketSize(ExpectedRequest request)
    {
        var days = (TimeZoneInfo.ConvertTime(request.To, SourceCalendar.London).DateTime - TimeZoneInfo.ConvertTime(request.From, SourceCalendar.London).DateTime).TotalDays;
        return days >= 366 ? "Month" : days >= 63 ? "Week" : "Day";
    }

    /// <summary>
    /// Volume buckets: by day, by week from 63 days, by month from 366 days; each starts at local midnight, weeks on Monday,
    /// months on the 1st; the first is the one the period's start falls in.
    /// </summary>
    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Buckets(ExpectedRequest request)
    {
        var size = BucketSize(request);
        var day = SourceCalendar.LocalDay(request.From);
        day = size switch
        {
            "Month" => new DateOnly(day.Year, day.Month, 1),
            "Week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => day,
        };
        while (SourceCalendar.LocalMidnight(day) < request.To)
        {
            var next = size switch { "Month" => day.AddMonths(1), "Week" => day.AddDays(7), _ => day.AddDays(1) };
            yield return (SourceCalendar.LocalMidnight(day), SourceCalendar.LocalMidnight(next));
            day = next;
        }
    }
}

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// The page's period presets, in Europe/London days. A preset ends now (not at the end of today), so "today" is today so
/// far and the backlog is the backlog now; a custom period runs from the start of its first day to the end of its last.
/// </summary>
public static class ReportPeriods
{
    public const string Today = "today";
    public const string Last7Days = "last-7-days";
    public const string Last30Days = "last-30-days";
    public const string ThisMonth = "this-month";
    public const string LastMonth = "last-month";
    public const string Custom = "custom";

    public const string Default = Last30Days;

    public static IReadOnlyList<(string Key, string Label)> Presets { get; } =
    [
        (Today, "Today"), (Last7Days, "Last 7 days"), (Last30Days, "Last 30 days"), (ThisMonth, "This month"), (LastMonth, "Last month"), (Custom, "Custom dates"),
    ];

    public static bool IsPreset(string? key) => key is not null && key != Custom && Presets.Any(p => p.Key == key);

    /// <summary>The instants of a preset at <paramref name="now"/>.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Of(string preset, DateTimeOffset now)
    {
        // To the whole second, as a link writes an instant: the CSV of a running clock's share then equals the screen's
        // (a fraction of a second can tip a percentage's last decimal).
        now = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerSecond));
        var today = DateOnly.FromDateTime(Components.Shared.LondonTime.ToLocal(now).DateTime);
        var month = new DateOnly(today.Year, today.Month, 1);
        return preset switch
        {
            Today => (Start(today), now),
            Last7Days => (Start(today.AddDays(-6)), now),
            ThisMonth => (Start(month), now),
            LastMonth => (Start(month.AddMonths(-1)), Start(month)),
            _ => (Start(today.AddDays(-29)), now),
        };
    }

    /// <summary>A custom period: the start of <paramref name="first"/> to the end of <paramref name="last"/>, local days, both included.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Days(DateOnly first, DateOnly last) => (Start(first), Start(last.AddDays(1)));

    public static DateTimeOffset Start(DateOnly day) => ReportBuckets.Instant(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The last local day a period covers (its end is exclusive).</summary>
    public static DateOnly LastDay(DateTimeOffset to) => DateOnly.FromDateTime(Components.Shared.LondonTime.ToLocal(to.AddTicks(-1)).DateTime);

    public static DateOnly FirstDay(DateTimeOffset from) => DateOnly.FromDateTime(Components.Shared.LondonTime.ToLocal(from).DateTime);
}

using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Ola;

/// <summary>
/// The OLA a support group works to for one priority: response and resolution targets on a calendar, the jeopardy
/// thresholds, and which pending reasons stop the clock. A policy with no group is the default for every group.
/// </summary>
public sealed record OlaPolicy(
    int? SupportGroupId,
    Priority Priority,
    TimeSpan Response,
    TimeSpan Resolution,
    string CalendarName,
    JeopardyThresholds Thresholds,
    IReadOnlySet<PendingReason> StopClockReasons)
{
    public const string TwentyFourSeven = "24x7";
    public const string WorkingHours = "Working hours";

    /// <summary>AwaitingCaller and AwaitingSupplier stop the clock; AwaitingChange does not.</summary>
    public static IReadOnlySet<PendingReason> DefaultStopClockReasons { get; } = new HashSet<PendingReason> { PendingReason.AwaitingCaller, PendingReason.AwaitingSupplier };

    /// <summary>PROCESS.md's default targets, for every group.</summary>
    public static IReadOnlyList<OlaPolicy> Defaults { get; } =
    [
        Default(Priority.P1, TwentyFourSeven, TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)),
        Default(Priority.P2, TwentyFourSeven, TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)),
        Default(Priority.P3, WorkingHours, TimeSpan.FromHours(2), TimeSpan.FromHours(30)),
        Default(Priority.P4, WorkingHours, TimeSpan.FromHours(8), TimeSpan.FromHours(50)),
        Default(Priority.P5, WorkingHours, TimeSpan.FromHours(20), TimeSpan.FromHours(100)),
    ];

    public bool StopsClock(PendingReason? reason) => reason is { } r && StopClockReasons.Contains(r);

    /// <summary>What is wrong with this policy, keyed by the field at fault (response, resolution and the thresholds' fields).</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        if (Response <= TimeSpan.Zero) problems["response"] = "The response target must be longer than zero.";
        if (Resolution <= TimeSpan.Zero) problems["resolution"] = "The resolution target must be longer than zero.";
        if (problems.Count == 0 && Response > Resolution) problems["response"] = "The response target cannot be longer than the resolution target.";
        foreach (var (field, problem) in Thresholds.Problems()) problems[field] = problem;
        return problems;
    }

    private static OlaPolicy Default(Priority priority, string calendar, TimeSpan response, TimeSpan resolution) =>
        new(null, priority, response, resolution, calendar, JeopardyThresholds.Default, DefaultStopClockReasons);
}

using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Web.Features.Admin;

/// <summary>A policy in words, the same on the admin screen and in the audit log.</summary>
public static class OlaPolicyText
{
    public static string Subject(string? groupName, Priority priority) => groupName is null ? $"Default {priority}" : $"{groupName} {priority}";

    public static string Thresholds(JeopardyThresholds t) => $"{t.WatchPercent}% / {t.JeopardyPercent}% / {t.BreachedPercent}%";

    public static string StopClock(IEnumerable<PendingReason> reasons)
    {
        var names = reasons.Order().Select(r => DisplayNames.Of(r)).ToList();
        return names.Count == 0 ? "None" : string.Join(", ", names);
    }

    /// <summary>"Response 2h, resolution 30h on Working hours; thresholds 50% / 75% / 100%; stop the clock: Awaiting caller".</summary>
    public static string Describe(OlaPolicy policy) =>
        $"response {DurationText.Format(policy.Response)}, resolution {DurationText.Format(policy.Resolution)} on {policy.CalendarName}; " +
        $"thresholds {Thresholds(policy.Thresholds)}; stop the clock: {StopClock(policy.StopClockReasons)}";

    /// <summary>Only what differs, e.g. "Response: 2h -> 1h 30m; Watch: 50% -> 60%"; empty when nothing does.</summary>
    public static string Changes(OlaPolicy before, OlaPolicy after) => new AuditChange()
        .Add("Response", DurationText.Format(before.Response), DurationText.Format(after.Response))
        .Add("Resolution", DurationText.Format(before.Resolution), DurationText.Format(after.Resolution))
        .Add("Calendar", before.CalendarName, after.CalendarName)
        .Add("Watch", $"{before.Thresholds.WatchPercent}%", $"{after.Thresholds.WatchPercent}%")
        .Add("Jeopardy", $"{before.Thresholds.JeopardyPercent}%", $"{after.Thresholds.JeopardyPercent}%")
        .Add("Breached", $"{before.Thresholds.BreachedPercent}%", $"{after.Thresholds.BreachedPercent}%")
        .Add("Stop the clock", StopClock(before.StopClockReasons), StopClock(after.StopClockReasons))
        .ToString();
}

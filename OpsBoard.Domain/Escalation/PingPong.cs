using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Escalation;

/// <summary>
/// Ping-pong: a record passed between groups more than <see cref="DefaultPasses"/> times (or the configured number) raises a
/// hierarchical escalation alert for the service manager, once per record. A <b>pass</b> is a change of the group holding the
/// record, from one group to a different one, after the record was opened: the SOC's first hand-off to a resolver group counts,
/// since the record is passed on there too; the group a record is opened with (the SOC, or the group an event is routed to) does
/// not, nor is a change of assignee within the same group. So "Service Desk -> Network -> Apps -> Network -> Apps" is 4 passes.
/// </summary>
public static class PingPong
{
    public const int DefaultPasses = 3;

    /// <summary>The groups that held the record, in order, from its "Assignment group" history entries (oldest first).</summary>
    public static IReadOnlyList<string> Route(IEnumerable<HistoryEntry> history)
    {
        var route = new List<string>();
        foreach (var entry in history.Where(e => e.Field == Record.AssignmentGroupField))
        {
            if (route.Count == 0 && entry.OldValue is { } first) route.Add(first);
            if (entry.NewValue is { } group && (route.Count == 0 || route[^1] != group)) route.Add(group);
        }
        return route;
    }

    /// <summary>The passes along a route: each step from one group to a different one.</summary>
    public static int Passes(IReadOnlyList<string> route) => Math.Max(0, route.Count - 1);

    /// <summary>
    /// Whether a record with this route raises its ping-pong alert now: it has been passed more than <paramref name="allowedPasses"/>
    /// times and has not raised one before. Raised once per record, when the count first exceeds the limit, not at each further pass:
    /// the open alert already tells the service manager, and its acknowledgement says what they did about it.
    /// </summary>
    public static bool Raises(IReadOnlyList<string> route, int allowedPasses, bool alreadyRaised) =>
        !alreadyRaised && Passes(route) > allowedPasses;

    /// <summary>"Passed between groups 4 times: Service Desk -> Network -> Apps -> Network -> Apps".</summary>
    public static string Describe(int passes, string route) => $"Passed between groups {passes} {(passes == 1 ? "time" : "times")}: {route}";

    public static string Join(IReadOnlyList<string> route) => string.Join(" -> ", route);

    /// <summary>Why a limit cannot be used; null when it can.</summary>
    public static string? Problem(int allowedPasses) =>
        allowedPasses < 1 ? "it must be 1 or more: the number of passes between groups allowed before the service manager is alerted." : null;
}

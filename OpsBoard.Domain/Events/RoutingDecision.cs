using System.Globalization;

namespace OpsBoard.Domain.Events;

/// <summary>
/// Where routing sent an event: the first enabled rule that matched, or none (the caller then uses its default group and
/// says so on the record). Rules whose pattern ran out of time on this event are listed so the history can say so.
/// </summary>
public sealed record RoutingDecision(RoutingRule? Rule, IReadOnlyList<RoutingRule> TimedOut)
{
    public bool Matched => Rule is not null;

    /// <summary>One line for the record's history, e.g. <c>rule 2 "Spine latency": component matches ^spine-.*$</c> or <c>no routing rule matched</c>.</summary>
    public string Describe()
    {
        var line = Rule?.Describe() ?? "no routing rule matched";
        if (TimedOut.Count == 0) return line;
        var ms = RoutingRule.MatchTimeout.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var skipped = string.Join(", ", TimedOut.Select(r => $"rule {r.Order.ToString(CultureInfo.InvariantCulture)} \"{r.Name}\""));
        return $"{line}; skipped {skipped}: its pattern took longer than {ms} ms on this event";
    }
}

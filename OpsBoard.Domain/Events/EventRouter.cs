namespace OpsBoard.Domain.Events;

/// <summary>
/// Picks the group for an event: the enabled rules in order (lowest Order first, ties by Id), first match wins.
/// Build one per set of rules and keep it while the rules are unchanged: each rule keeps its compiled expression.
/// </summary>
public sealed class EventRouter(IEnumerable<RoutingRule> rules)
{
    private readonly RoutingRule[] rules = [.. rules.Where(r => r.Enabled).OrderBy(r => r.Order).ThenBy(r => r.Id)];

    /// <summary>The enabled rules in the order they are tried.</summary>
    public IReadOnlyList<RoutingRule> Rules => rules;

    public RoutingDecision Route(EventFacts facts)
    {
        List<RoutingRule>? timedOut = null;
        foreach (var rule in rules)
        {
            switch (rule.Match(facts))
            {
                case PatternMatch.Yes:
                    return new RoutingDecision(rule, timedOut ?? []);
                case PatternMatch.TimedOut:
                    (timedOut ??= []).Add(rule);
                    break;
            }
        }
        return new RoutingDecision(null, timedOut ?? []);
    }
}

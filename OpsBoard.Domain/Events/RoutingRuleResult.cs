using System.Diagnostics.CodeAnalysis;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Events;

/// <summary>A new routing rule, or the refusal that says which field is wrong and why.</summary>
public readonly record struct RoutingRuleResult(RoutingRule? Rule, Outcome Outcome)
{
    [MemberNotNullWhen(true, nameof(Rule))]
    public bool Succeeded => Rule is not null;

    public static RoutingRuleResult Refused(Outcome refusal) => new(null, refusal);
}

using OpsBoard.Domain.Events;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Events;

/// <summary>Routing rules and events for the routing tests, built through the real factory.</summary>
internal static class Rules
{
    private static readonly TestCmdb Cmdb = new();

    public static RoutingRule Make(
        int order, RoutingField field, string pattern, bool isRegex = false, string? labelName = null,
        bool enabled = true, int id = 0, string? name = null)
    {
        var result = RoutingRule.Create(order, name ?? $"Rule {order}", field, pattern, Cmdb.SecondLine, isRegex, labelName, enabled: enabled);
        Assert.True(result.Succeeded, result.Outcome.Reason);
        // Give the rule an id, as the database would, so ties in order are broken the way they will be when stored.
        typeof(RoutingRule).GetProperty(nameof(RoutingRule.Id))!.SetValue(result.Rule, id);
        return result.Rule;
    }

    public static EventFacts Event(
        int integrationId = 1, string? source = "spine-core-01.nhs.uk", string? component = "spine-db", string? group = "prod-messaging",
        string? @class = "latency", IReadOnlyDictionary<string, string>? labels = null) =>
        new(integrationId, source, component, group, @class, labels ?? new Dictionary<string, string> { ["team"] = "messaging", ["severity"] = "critical" });
}

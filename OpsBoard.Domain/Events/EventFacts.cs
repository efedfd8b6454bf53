namespace OpsBoard.Domain.Events;

/// <summary>
/// What a routing rule can match on, taken from one event: the integration it came in on, PagerDuty's source,
/// component, group and class, and labels (Alertmanager's labels, or PagerDuty's custom_details string values).
/// </summary>
public sealed record EventFacts(
    int IntegrationId,
    string? Source,
    string? Component,
    string? Group,
    string? Class,
    IReadOnlyDictionary<string, string> Labels);

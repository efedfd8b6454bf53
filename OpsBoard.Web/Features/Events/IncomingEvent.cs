using System.Text.Json;
using System.Text.Json.Serialization;
using OpsBoard.Domain.Events;

namespace OpsBoard.Web.Features.Events;

/// <summary>What a monitoring tool asks of an event: raise (or repeat) it, acknowledge it, or clear it.</summary>
public enum EventAction
{
    Trigger = 1,
    Acknowledge = 2,
    Resolve = 3,
}

/// <summary>
/// One event as OpsBoard stores it in the intake log, whichever API it came through (PagerDuty Events v2 or Alertmanager),
/// already checked: the processor that turns it into EVT changes never refuses it for its shape.
/// <see cref="Labels"/> are Alertmanager's labels, or the string values of PagerDuty's custom_details.
/// </summary>
public sealed record IncomingEvent(
    EventAction Action,
    string DedupKey,
    string? Summary = null,
    string? Source = null,
    EventSeverity? Severity = null,
    DateTimeOffset? Timestamp = null,
    string? Component = null,
    string? Group = null,
    string? Class = null,
    IReadOnlyDictionary<string, string>? Labels = null,
    string? Details = null,
    IReadOnlyList<EventLink>? Links = null)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

/// <summary>A link the source sent with the event (a runbook, a dashboard).</summary>
public sealed record EventLink(string Href, string? Text);

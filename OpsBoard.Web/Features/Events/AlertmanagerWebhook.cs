using System.Text.Json;
using OpsBoard.Domain.Events;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Reads Prometheus Alertmanager's webhook payload (version 4) into one <see cref="IncomingEvent"/> per alert, keyed by the
/// alert's fingerprint: firing triggers, resolved clears. The summary is the alert's summary annotation (else its
/// description, else its name and instance); severity comes from the severity label (critical, error, warning, info;
/// anything else counts as warning); labels are kept for routing rules.
/// </summary>
public static class AlertmanagerWebhook
{
    public const int MaxAlerts = 1_000;

    public static (IReadOnlyList<IncomingEvent> Events, IReadOnlyList<string> Errors) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return ([], ["The body must be Alertmanager's webhook object (version 4) with its alerts."]);
        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version != "4") return ([], [$"version must be \"4\" (Alertmanager's webhook payload); this body says {(version is null ? "nothing" : $"\"{version}\"")}."]);
        if (!root.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array) return ([], ["alerts must be an array."]);
        if (alerts.GetArrayLength() > MaxAlerts) return ([], [$"{alerts.GetArrayLength():N0} alerts in one post; set max_alerts in the receiver to {MaxAlerts:N0} or fewer."]);
        var events = new List<IncomingEvent>();
        var errors = new List<string>();
        var index = 0;
        foreach (var alert in alerts.EnumerateArray())
        {
            var at = $"alerts[{index++}]";
            if (Read(alert, at, errors) is { } incoming) events.Add(incoming);
        }
        return errors.Count > 0 ? ([], errors) : (events, errors);
    }

    private static IncomingEvent? Read(JsonElement alert, string at, List<string> errors)
    {
        var before = errors.Count;
        if (alert.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at} must be an object.");
            return null;
        }
        var status = String(alert, "status");
        var action = status switch
        {
            "firing" => EventAction.Trigger,
            "resolved" => EventAction.Resolve,
            _ => (EventAction?)null,
        };
        if (action is null) errors.Add($"{at}.status must be firing or resolved.");
        var fingerprint = String(alert, "fingerprint");
        if (string.IsNullOrWhiteSpace(fingerprint)) errors.Add($"{at}.fingerprint is required: OpsBoard keys each alert by it.");
        else if (EventText.Problem($"{at}.fingerprint", fingerprint, EventKey.MaxLength) is { } problem) errors.Add(problem);
        var labels = Strings(alert, "labels", $"{at}.labels", errors);
        var annotations = Strings(alert, "annotations", $"{at}.annotations", errors);
        var name = labels.GetValueOrDefault("alertname");
        var summary = annotations.GetValueOrDefault("summary") ?? annotations.GetValueOrDefault("description")
            ?? string.Join(" on ", new[] { name ?? "Alert", labels.GetValueOrDefault("instance") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if ((EventText.Problem($"{at} summary", summary, PagerDutyEvent.MaxSummaryLength) ?? EventText.MarkupProblem($"{at} summary", summary)) is { } bad) errors.Add(bad);
        if (errors.Count > before) return null;
        var generator = String(alert, "generatorURL");
        var links = Uri.TryCreate(generator, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? new[] { new EventLink(generator!, "Source of the alert") } : null;
        return new IncomingEvent(action!.Value, fingerprint!, summary,
            Source: labels.GetValueOrDefault("instance") ?? labels.GetValueOrDefault("job") ?? "Alertmanager",
            Severity: EventSeverities.Parse(labels.GetValueOrDefault("severity")) ?? EventSeverity.Warning,
            Timestamp: DateTimeOffset.TryParse(String(alert, "startsAt"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var starts) ? starts : null,
            Component: labels.GetValueOrDefault("job"),
            Group: labels.GetValueOrDefault("team") ?? labels.GetValueOrDefault("group"),
            Class: name,
            Labels: labels,
            Details: annotations.Count == 0 ? null : JsonSerializer.Serialize(annotations),
            Links: links);
    }

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Labels and annotations: string to string; each value plain text within PagerDuty's field limits.
    private static Dictionary<string, string> Strings(JsonElement alert, string name, string at, List<string> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!alert.TryGetProperty(name, out var map) || map.ValueKind == JsonValueKind.Null) return values;
        if (map.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at} must be an object of strings.");
            return values;
        }
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add($"{at}.{property.Name} must be a string.");
                continue;
            }
            var text = property.Value.GetString()!;
            var limit = name == "annotations" ? PagerDutyEvent.MaxDetailsLength : PagerDutyEvent.MaxFieldLength;
            if (EventText.Problem($"{at}.{property.Name}", text, limit) is { } problem) errors.Add(problem);
            else values[property.Name] = text;
        }
        return values;
    }
}

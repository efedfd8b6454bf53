using System.Globalization;
using System.Text.Json;
using OpsBoard.Domain.Events;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Reads a PagerDuty Events API v2 event (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/) into an
/// <see cref="IncomingEvent"/>, collecting every problem with it as a sentence naming the field, as PagerDuty's 400 does.
/// Text must be plain (<see cref="EventText"/>): control characters and markup are refused rather than stored.
/// </summary>
public static class PagerDutyEvent
{
    public const int MaxDepth = 32;
    public const int MaxSummaryLength = 1024;
    public const int MaxFieldLength = 255;
    public const int MaxDetailsLength = 16_000;
    public const int MaxLinks = 20;

    public static (string? RoutingKey, IncomingEvent? Event, IReadOnlyList<string> Errors) Read(JsonElement root)
    {
        var errors = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null, ["The body must be a JSON object with routing_key, event_action and (for a trigger) payload."]);
        }
        var routingKey = Text(root, "routing_key", errors, required: true, MaxFieldLength);
        var actionText = Text(root, "event_action", errors, required: true, MaxFieldLength);
        EventAction? action = actionText switch
        {
            null => null,
            "trigger" => EventAction.Trigger,
            "acknowledge" => EventAction.Acknowledge,
            "resolve" => EventAction.Resolve,
            _ => Error<EventAction?>(errors, $"event_action \"{actionText}\" is not known: use trigger, acknowledge or resolve."),
        };
        var dedupKey = Text(root, "dedup_key", errors, required: action is EventAction.Acknowledge or EventAction.Resolve, EventKey.MaxLength);
        if (action != EventAction.Trigger)
        {
            return errors.Count > 0 || action is null ? (routingKey, null, errors) : (routingKey, new IncomingEvent(action.Value, dedupKey!), errors);
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            errors.Add(payload.ValueKind == JsonValueKind.Undefined ? "payload is required for a trigger." : "payload must be an object.");
            return (routingKey, null, errors);
        }
        var summary = Text(payload, "summary", errors, required: true, MaxSummaryLength, "payload.");
        if (summary is not null && EventText.MarkupProblem("payload.summary", summary) is { } markup) errors.Add(markup);
        var source = Text(payload, "source", errors, required: true, MaxFieldLength, "payload.");
        var severityText = Text(payload, "severity", errors, required: true, MaxFieldLength, "payload.");
        var severity = EventSeverities.Parse(severityText);
        if (severityText is not null && severity is null)
        {
            errors.Add($"payload.severity \"{severityText}\" is not known: use critical, error, warning or info.");
        }
        var timestampText = Text(payload, "timestamp", errors, required: false, MaxFieldLength, "payload.");
        DateTimeOffset? timestamp = null;
        if (timestampText is not null)
        {
            if (DateTimeOffset.TryParse(timestampText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) timestamp = parsed;
            else errors.Add($"payload.timestamp \"{timestampText}\" is not an ISO 8601 time such as 2026-11-30T09:12:00Z.");
        }
        var component = Text(payload, "component", errors, required: false, MaxFieldLength, "payload.");
        var group = Text(payload, "group", errors, required: false, MaxFieldLength, "payload.");
        var @class = Text(payload, "class", errors, required: false, MaxFieldLength, "payload.");
        var (details, labels) = CustomDetails(payload, errors);
        var links = Links(root, errors);
        if (errors.Count > 0) return (routingKey, null, errors);
        return (routingKey, new IncomingEvent(EventAction.Trigger, dedupKey ?? Guid.NewGuid().ToString("N"), summary, source, severity, timestamp,
            component, group, @class, labels, details, links), errors);
    }

    private static string? Text(JsonElement parent, string name, List<string> errors, bool required, int maxLength, string prefix = "")
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add($"{prefix}{name} is required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{prefix}{name} must be a string, not {Describe(value.ValueKind)}.");
            return null;
        }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{prefix}{name} is required and may not be blank.");
            return null;
        }
        if (EventText.Problem(prefix + name, text, maxLength) is { } problem)
        {
            errors.Add(problem);
            return null;
        }
        return text;
    }

    private static (string? Details, IReadOnlyDictionary<string, string>? Labels) CustomDetails(JsonElement payload, List<string> errors)
    {
        if (!payload.TryGetProperty("custom_details", out var details) || details.ValueKind == JsonValueKind.Null) return (null, null);
        var text = details.GetRawText();
        if (text.Length > MaxDetailsLength)
        {
            errors.Add($"payload.custom_details is {text.Length:N0} characters of JSON; the most is {MaxDetailsLength:N0}.");
            return (null, null);
        }
        if (EventText.Problem("payload.custom_details", text, MaxDetailsLength) is { } problem)
        {
            errors.Add(problem);
            return (null, null);
        }
        // String values of a details object can be matched by routing rules, like Alertmanager's labels.
        var labels = details.ValueKind == JsonValueKind.Object
            ? details.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name.Length <= MaxFieldLength)
                .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value.GetString()!)
            : null;
        return (text, labels);
    }

    private static IReadOnlyList<EventLink>? Links(JsonElement root, List<string> errors)
    {
        var links = new List<EventLink>();
        foreach (var (name, hrefName, textName) in new[] { ("links", "href", "text"), ("images", "src", "alt") })
        {
            if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) continue;
            if (array.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{name} must be an array of objects.");
                continue;
            }
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var at = $"{name}[{index++}].";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{at[..^1]} must be an object with {hrefName}.");
                    continue;
                }
                var href = Text(item, hrefName, errors, required: true, 2048, at);
                var text = Text(item, textName, errors, required: false, MaxFieldLength, at);
                if (href is null) continue;
                if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    errors.Add($"{at}{hrefName} must be an http or https address.");
                    continue;
                }
                links.Add(new EventLink(href, text));
            }
        }
        if (links.Count > MaxLinks) errors.Add($"{links.Count} links and images; send at most {MaxLinks}.");
        return links.Count == 0 ? null : links;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static T Error<T>(List<string> errors, string error)
    {
        errors.Add(error);
        return default!;
    }
}

using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Events;

/// <summary>PagerDuty's event severities; each sets the EVT's impact and urgency, and so its priority from the matrix.</summary>
public enum EventSeverity
{
    Critical = 1,
    Error = 2,
    Warning = 3,
    Info = 4,
}

public static class EventSeverities
{
    /// <summary>The severity PagerDuty's lower-case word names, or null for any other word.</summary>
    public static EventSeverity? Parse(string? text) => text switch
    {
        "critical" => EventSeverity.Critical,
        "error" => EventSeverity.Error,
        "warning" => EventSeverity.Warning,
        "info" => EventSeverity.Info,
        _ => null,
    };

    /// <summary>critical P1 (High, High), error P2 (High, Medium), warning P3 (Medium, Medium), info P5 (Low, Low).</summary>
    public static (Impact Impact, Urgency Urgency) ImpactAndUrgency(this EventSeverity severity) => severity switch
    {
        EventSeverity.Critical => (Impact.High, Urgency.High),
        EventSeverity.Error => (Impact.High, Urgency.Medium),
        EventSeverity.Warning => (Impact.Medium, Urgency.Medium),
        _ => (Impact.Low, Urgency.Low),
    };
}

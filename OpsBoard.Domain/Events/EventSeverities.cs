using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Events;

/// <summary>
/// Reads a severity as PagerDuty writes it and maps it to impact and urgency, hence priority through the matrix:
/// critical P1, error P2, warning P3, info P5 with the default matrix.
/// </summary>
public static class EventSeverities
{
    /// <summary>The severity PagerDuty's lower-case word names, or null for anything else (PagerDuty is case-sensitive too).</summary>
    public static EventSeverity? Parse(string? text) => text switch
    {
        "critical" => EventSeverity.Critical,
        "error" => EventSeverity.Error,
        "warning" => EventSeverity.Warning,
        "info" => EventSeverity.Info,
        _ => null,
    };

    public static Impact ToImpact(this EventSeverity severity) => severity switch
    {
        EventSeverity.Critical or EventSeverity.Error => Impact.High,
        EventSeverity.Warning => Impact.Medium,
        EventSeverity.Info => Impact.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity."),
    };

    public static Urgency ToUrgency(this EventSeverity severity) => severity switch
    {
        EventSeverity.Critical => Urgency.High,
        EventSeverity.Error or EventSeverity.Warning => Urgency.Medium,
        EventSeverity.Info => Urgency.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity."),
    };

    public static Priority PriorityIn(this EventSeverity severity, PriorityMatrix matrix) =>
        matrix.For(severity.ToImpact(), severity.ToUrgency());
}

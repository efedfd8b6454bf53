namespace OpsBoard.Domain.Events;

/// <summary>PagerDuty Events v2's severities, most severe first.</summary>
public enum EventSeverity
{
    Critical = 1,
    Error = 2,
    Warning = 3,
    Info = 4,
}

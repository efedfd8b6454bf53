namespace OpsBoard.Domain.Ola;

/// <summary>A clock whose jeopardy state changed; entering Jeopardy or Breached on an open record raises an alert.</summary>
public readonly record struct ClockChange(OlaTarget Clock, JeopardyState From, JeopardyState To)
{
    /// <summary>
    /// The one alert rule: a crossing into Jeopardy or Breached raises an alert, but only on a record still being
    /// worked, since only that needs a service manager's attention.
    /// </summary>
    public bool RaisesAlertOn(bool recordIsOpen) => recordIsOpen && To > From && To is JeopardyState.Jeopardy or JeopardyState.Breached;

    /// <summary>How the change reads in the record's history, e.g. "Response clock".</summary>
    public string HistoryField => $"{RecordClocks.Describe(Clock.Kind)} clock";
}

namespace OpsBoard.Domain.Ola;

/// <summary>A clock whose jeopardy state changed; entering Jeopardy or Breached raises an alert.</summary>
public readonly record struct ClockChange(OlaTarget Clock, JeopardyState From, JeopardyState To)
{
    public bool RaisesAlert => To > From && To is JeopardyState.Jeopardy or JeopardyState.Breached;

    /// <summary>How the change reads in the record's history, e.g. "Response clock".</summary>
    public string HistoryField => $"{RecordClocks.Describe(Clock.Kind)} clock";
}

namespace OpsBoard.Domain.Ola;

/// <summary>A clock whose jeopardy state changed; entering Jeopardy or Breached raises an alert.</summary>
public readonly record struct ClockChange(OlaTarget Clock, JeopardyState From, JeopardyState To)
{
    public bool RaisesAlert => To > From && To is JeopardyState.Jeopardy or JeopardyState.Breached;
}

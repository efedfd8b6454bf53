namespace OpsBoard.Domain.Ola;

/// <summary>What a clock did during one piece of its timeline.</summary>
public enum ClockSpanKind
{
    /// <summary>Running inside the calendar's hours: every tick counts towards the target.</summary>
    InHours = 1,

    /// <summary>Running, but outside the calendar's working time (nights, weekends, holidays): nothing counts.</summary>
    OutOfHours = 2,

    /// <summary>Standing still for a pending reason that stops the clock (or while the record was resolved before a reopen).</summary>
    Paused = 3,
}

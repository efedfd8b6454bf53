namespace OpsBoard.Domain.Ola;

/// <summary>Why a jeopardy alert was raised: a clock crossed into Jeopardy or Breached, or the record was passed between groups too often.</summary>
public enum AlertReason
{
    /// <summary>An OLA clock entered Jeopardy or Breached; the alert names the clock.</summary>
    Clock = 0,

    /// <summary>Ping-pong: the record was passed between groups more than the allowed number of times (a hierarchical escalation).</summary>
    PingPong = 1,
}

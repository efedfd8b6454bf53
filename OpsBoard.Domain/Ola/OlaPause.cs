namespace OpsBoard.Domain.Ola;

/// <summary>A span in which a target's clock stood still, with the pending reason and who set it; open while <see cref="End"/> is null.</summary>
public sealed class OlaPause
{
    private OlaPause()
    {
        Reason = string.Empty;
        By = string.Empty;
    }

    public OlaPause(DateTimeOffset start, string reason, string by)
    {
        Start = start;
        Reason = reason;
        By = by;
    }

    public long Id { get; private set; }

    public long OlaTargetId { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset? End { get; private set; }

    public string Reason { get; private set; }

    public string By { get; private set; }

    public void EndAt(DateTimeOffset end) => End ??= end;

    public ClockPause ToClockPause() => new(Start, End, Reason, By);
}

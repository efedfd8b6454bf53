namespace OpsBoard.Bench;

/// <summary>A clock that stands at one instant, so every sweep run sees the same clocks due.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

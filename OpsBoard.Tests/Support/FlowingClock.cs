using System.Diagnostics;

namespace OpsBoard.Tests.Support;

/// <summary>
/// For tests with a real browser: time starts at a named instant and flows at real speed, so UI timers (MudBlazor's
/// debounce takes the app's TimeProvider) fire as they would for a person; <see cref="Advance"/> jumps ahead.
/// </summary>
public sealed class FlowingClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private long advancedTicks;

    public override DateTimeOffset GetUtcNow() => start + elapsed.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref advancedTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref advancedTicks, by.Ticks);
}

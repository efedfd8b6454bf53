namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Intake first. Storing an event is cheap and answering quickly keeps senders from backing off or timing out, while
/// applying it (routing, clocks, history) costs several times more. So while events arrive faster than
/// <see cref="EventIntakeOptions.BusyRate"/>, the processor takes only <see cref="EventIntakeOptions.ApplyShareWhileBusy"/>
/// of its time and the rest goes to storing; the backlog it leaves is stored, applied in order, and cleared at full speed
/// as soon as the burst eases. The writer reports what it stored; the processor asks how long to rest after a batch.
/// </summary>
public sealed class IntakePressure(EventIntakeOptions options, TimeProvider clock)
{
    private long stored;
    private long sampledStored;
    private long sampledAt = clock.GetTimestamp();

    public void Stored(int events) => Interlocked.Add(ref stored, events);

    /// <summary>
    /// How long the processor rests after a batch that took <paramref name="batchTook"/>: nothing when the intake has been
    /// quieter than the busy rate since the last call; otherwise long enough that applying takes its share of the time.
    /// </summary>
    public TimeSpan RestAfter(TimeSpan batchTook)
    {
        var now = clock.GetTimestamp();
        var count = Interlocked.Read(ref stored);
        var elapsed = clock.GetElapsedTime(sampledAt, now);
        var rate = elapsed > TimeSpan.Zero ? (count - sampledStored) / elapsed.TotalSeconds : 0;
        (sampledStored, sampledAt) = (count, now);
        if (rate < options.BusyRate) return TimeSpan.Zero;
        var share = options.ApplyShareWhileBusy;
        return batchTook * ((1 - share) / share);
    }
}

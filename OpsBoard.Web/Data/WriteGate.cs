namespace OpsBoard.Web.Data;

/// <summary>
/// Lets this process's busy writers (the event intake's writer and processor) take turns at SQLite's single write lock
/// before asking for it. Without it, the one that finds the lock taken sleeps in SQLite's busy handler (up to 100 ms a
/// time) while the other takes the lock again at once, and the intake's commits starve behind the processor's.
/// PostgreSQL locks rows, not the database, so there the writers go ahead together (<paramref name="takeTurns"/> false).
/// </summary>
public sealed class WriteGate(bool takeTurns = true)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public static WriteGate For(DatabaseOptions database) => new(takeTurns: !database.IsPostgres);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!takeTurns) return new Exit(null);
        await gate.WaitAsync(ct);
        return new Exit(gate);
    }

    private sealed class Exit(SemaphoreSlim? gate) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0) gate?.Release();
        }
    }
}

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Bench;

/// <summary>
/// The stored events the app's processors have yet to apply, read from the nodes' database (SQLite or PostgreSQL) while
/// they run: taken as a load starts, then polled from its end until none waits.
/// </summary>
public sealed class IntakeBacklog(DatabaseOptions database)
{
    /// <summary>How many stored events had been applied, and when: taken as a load starts.</summary>
    public async Task<(long Applied, long At)> MarkAsync()
    {
        await using var db = database.CreateContext();
        var (waiting, stored) = await CountsAsync(db);
        return (stored - waiting, Stopwatch.GetTimestamp());
    }

    /// <summary>
    /// From the end of a load, polls until no stored event waits to be applied, for at most <paramref name="longest"/>: the
    /// backlog when the load stopped, how long it took to clear, and the apply rate from the start of the load (<paramref name="start"/>) until then.
    /// </summary>
    public async Task<Drain> DrainAsync((long Applied, long At) start, TimeSpan longest)
    {
        await using var db = database.CreateContext();
        var (backlog, stored) = await CountsAsync(db);
        var waited = Stopwatch.StartNew();
        var left = backlog;
        while (left > 0 && waited.Elapsed < longest)
        {
            await Task.Delay(50);
            (left, stored) = await CountsAsync(db);
        }
        var applied = stored - left - start.Applied;
        return new Drain(backlog, stored, left, waited.Elapsed, left == 0, applied / Stopwatch.GetElapsedTime(start.At).TotalSeconds);
    }

    private static async Task<(long Waiting, long Stored)> CountsAsync(OpsBoardDb db)
    {
        var counts = await db.IntakeLog.GroupBy(_ => 1)
            .Select(all => new { Waiting = all.LongCount(e => e.ProcessedAt == null), Stored = all.LongCount() })
            .FirstOrDefaultAsync();
        return counts is null ? (0, 0) : (counts.Waiting, counts.Stored);
    }

    /// <summary>A drain: events waiting when the load stopped, of those stored; still waiting when it ended, after how long; whether all were applied by then.</summary>
    public sealed record Drain(long Backlog, long Stored, long Left, TimeSpan Waited, bool AllApplied, double AppliedPerSecond)
    {
        public string Describe(string after)
        {
            var outcome = AllApplied ? $"all applied {Waited.TotalSeconds:F1} s later" : $"{Left:N0} still waiting {Waited.TotalSeconds:F0} s later";
            return $"after {after}: {Backlog:N0} of {Stored:N0} stored events waiting when the load stopped, {outcome}; " +
                $"{AppliedPerSecond:N0} applied/s from the load's start";
        }
    }
}

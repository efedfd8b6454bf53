using System.Diagnostics;
using Xunit.Abstractions;

namespace OpsBoard.Tests.Reports;

/// <summary>The independent computation over the whole sample: it reads every row and its figures hold together.</summary>
public sealed class SampleReplayTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WholeSample_ReplaysQuickly_AndItsRelaySharesAddUp()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(SampleLog.Path);
        var log = IncidentLog.Read(reader, SourceCalendar.London);
        var read = watch.ElapsedMilliseconds;
        var incidents = IncidentReplay.All(log, "Group 70");
        var replayed = watch.ElapsedMilliseconds;
        var whole = new ExpectedRequest(SourceCalendar.LocalMidnight(new DateOnly(2016, 2, 29)), SourceCalendar.LocalMidnight(new DateOnly(2017, 2, 18)));
        var figures = ExpectedFigures.For(incidents, whole, Now);
        watch.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"Read {log.RowsRead} rows, replayed {incidents.Count} incidents and computed the figures in {watch.ElapsedMilliseconds} ms (read by {read}, replayed by {replayed}); {used.TotalMilliseconds:N0} ms of CPU.");

        Assert.Equal(28_513, log.RowsRead);
        Assert.Equal(log.RowsRead, log.Rows.Count + log.Problems.Count);
        Assert.Equal(4_977, incidents.Count);
        // CPU time, not wall time: the machine is shared, and a busy neighbour must not fail this test.
        Assert.True(used < TimeSpan.FromSeconds(5), $"The independent computation took {used.TotalSeconds:N1} s of CPU.");
        Assert.NotEmpty(figures.Relay);
        foreach (var row in figures.Relay)
        {
            var target = incidents.Single(i => i.SourceNumber == row.SourceNumber).RecordTarget;
            var counted = target.CountedAt(target.StoppedAt ?? whole.To);
            Assert.True(counted == row.Used, $"{row.SourceNumber}: the groups' shares add up to {row.Used}, the target counted {counted}.");
            Assert.True(row.Used >= row.Target, $"{row.SourceNumber} breached but counted only {row.Used} of {row.Target}.");
        }
        Assert.All(incidents, i => Assert.Single(i.Clocks, c => c.Kind == ExpectedClockKind.RecordTarget));
        Assert.Equal(figures.Volumes.Sum(b => b.Opened), incidents.Count(i => whole.InPeriod(i.OpenedAt)));
    }
}

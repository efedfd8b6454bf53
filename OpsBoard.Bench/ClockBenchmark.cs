using System.Diagnostics;
using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Bench;

/// <summary>OlaClock.Read in memory on one thread: how many clock readings a second, on 24x7 and on working hours.</summary>
public static class ClockBenchmark
{
    public static void Run(TimeSpan duration)
    {
        var office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var clocks = Enumerable.Range(0, 1_000).Select(i =>
        {
            var opened = start.AddMinutes(random.Next(0, 5 * 24 * 60));
            var pauses = random.Next(3) == 0
                ? new[] { new ClockPause(opened.AddMinutes(30), opened.AddMinutes(30 + random.Next(1, 600)), "AwaitingCaller", "bench") }
                : [];
            return new ClockFacts(opened, TimeSpan.FromHours(random.Next(1, 30)), JeopardyThresholds.Default, null, pauses);
        }).ToArray();
        var now = start.AddDays(6);

        Console.WriteLine($"Clock evaluation: OlaClock.Read on one thread, {clocks.Length:N0} clocks (a third with a pause), now {now:u}");
        foreach (var (name, calendar) in new[] { ("24x7", BusinessCalendar.TwentyFourSeven), ("working hours", office) })
        {
            Measure(clocks, calendar, now, TimeSpan.FromMilliseconds(300));
            var (count, elapsed) = Measure(clocks, calendar, now, duration);
            Console.WriteLine($"  {name,-14} {count / elapsed.TotalSeconds,12:N0} evaluations/s ({elapsed.TotalNanoseconds / count:F0} ns each)");
        }
    }

    private static (long Count, TimeSpan Elapsed) Measure(ClockFacts[] clocks, BusinessCalendar calendar, DateTimeOffset now, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        long count = 0;
        var sink = 0L;
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            foreach (var clock in clocks)
            {
                sink += (long)OlaClock.Read(clock, calendar, now).State;
            }
            count += clocks.Length;
        }
        GC.KeepAlive(sink);
        return (count, Stopwatch.GetElapsedTime(started));
    }
}

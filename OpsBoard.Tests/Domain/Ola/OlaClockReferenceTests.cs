using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Tests.Domain.Ola;

/// <summary>The engine against a deliberately simple reference that walks the clock one minute at a time.</summary>
public sealed class OlaClockReferenceTests
{
    private const int Cases = 10_000;
    private static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly BusinessCalendar Office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();

    [Fact]
    public void Read_AgreesWithMinuteByMinuteReference_On10000RandomCases()
    {
        var random = new Random(20261129);
        for (var i = 0; i < Cases; i++)
        {
            var office = i % 2 == 0;
            var start = YearStart.AddMinutes(random.Next(364 * 24 * 60));
            var target = random.Next(1, office ? 12 * 60 : 24 * 60);
            var now = start.AddMinutes(random.Next(0, 3 * 24 * 60));
            var pauses = RandomPauses(random, start, now);
            var stop = random.Next(5) == 0 ? start.AddMinutes(random.Next(0, 2 * 24 * 60)) : (DateTimeOffset?)null;
            var facts = new ClockFacts(start, TimeSpan.FromMinutes(target), JeopardyThresholds.Default, stop, pauses);

            var reading = OlaClock.Read(facts, office ? Office : BusinessCalendar.TwentyFourSeven, now);
            var (used, due) = Reference(facts, office, now);

            var context = $"case {i}: start {start:u} target {target} min now {now:u} stop {stop:u} pauses {string.Join(";", pauses.Select(p => $"{p.Start:u}-{p.End:u}"))} office {office}";
            Assert.True(TimeSpan.FromMinutes(used) == reading.Used, $"{context}: used {reading.Used}, reference {used} min");
            Assert.True(due == reading.Due, $"{context}: due {reading.Due:u}, reference {due:u}");
            Assert.Equal(JeopardyThresholds.Default.StateFor(TimeSpan.FromMinutes(used), facts.Target), reading.State);
        }
    }

    private static List<ClockPause> RandomPauses(Random random, DateTimeOffset start, DateTimeOffset now)
    {
        var pauses = new List<ClockPause>();
        var cursor = start;
        for (var n = random.Next(0, 3); n > 0 && cursor < now; n--)
        {
            var pauseStart = cursor.AddMinutes(random.Next(0, 12 * 60));
            if (pauseStart >= now) break;
            var open = random.Next(4) == 0;
            var pauseEnd = open ? (DateTimeOffset?)null : pauseStart.AddMinutes(random.Next(1, 16 * 60));
            if (pauseEnd > now) pauseEnd = now;
            pauses.Add(new ClockPause(pauseStart, pauseEnd, "AwaitingCaller", "test"));
            if (pauseEnd is null) break;
            cursor = pauseEnd.Value;
        }
        return pauses;
    }

    /// <summary>Counts whole minutes in which the clock runs; the due instant is the end of the minute that completes the target.</summary>
    private static (int Used, DateTimeOffset? Due) Reference(ClockFacts facts, bool office, DateTimeOffset now)
    {
        var target = (int)facts.Target.TotalMinutes;
        var used = 0;
        var counted = 0;
        DateTimeOffset? due = null;
        var horizon = now.AddDays(12);
        for (var t = facts.Start; t < horizon; t = t.AddMinutes(1))
        {
            if (facts.StoppedAt is { } stop && t >= stop) break;
            if (facts.Pauses.Any(p => t >= p.Start && (p.End is null || t < p.End)))
            {
                if (t >= now && facts.Pauses.Any(p => p.End is null)) break;
                continue;
            }
            if (office && !IsOfficeMinute(t)) continue;
            if (t < now) used++;
            counted++;
            if (counted == target)
            {
                due = t.AddMinutes(1);
                if (t >= now) break;
            }
            if (t >= now && counted > target) break;
        }
        // A clock that is paused or stopped at 'now' has no due instant unless it has already breached.
        var stoppedNow = facts.StoppedAt <= now;
        var pausedNow = facts.Pauses.Any(p => p.Start <= now && (p.End is null || p.End > now));
        if ((stoppedNow || pausedNow) && used < target) due = null;
        return (used, due);
    }

    private static bool IsOfficeMinute(DateTimeOffset t)
    {
        var local = TimeZoneInfo.ConvertTime(t, BusinessCalendar.London);
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !EnglandAndWalesBankHolidays.All.Contains(DateOnly.FromDateTime(local.DateTime))
            && local.Hour >= 8 && local.Hour < 18;
    }
}

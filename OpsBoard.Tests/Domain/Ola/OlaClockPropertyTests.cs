using CsCheck;
using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Tests.Domain.Ola;

public sealed class OlaClockPropertyTests
{
    private static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly BusinessCalendar Office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();

    // A clock started somewhere in 2026 (so clock changes and holidays are crossed), with up to three pauses.
    private static readonly Gen<(ClockFacts Facts, int Later)> Clocks =
        Gen.Select(Gen.Int[0, 364 * 24 * 60], Gen.Int[1, 48 * 60], Gen.Int[0, 96 * 60].Array[0, 6], Gen.Int[0, 96 * 60], Gen.Bool)
            .Select((start, target, cuts, later, open) =>
            {
                var from = YearStart.AddMinutes(start);
                var sorted = cuts.Order().ToArray();
                var pauses = new List<ClockPause>();
                for (var i = 0; i + 1 < sorted.Length; i += 2)
                {
                    pauses.Add(new ClockPause(from.AddMinutes(sorted[i]), from.AddMinutes(sorted[i + 1]), "AwaitingCaller", "test"));
                }
                if (open && sorted.Length % 2 == 1) pauses.Add(new ClockPause(from.AddMinutes(sorted[^1]), null, "AwaitingSupplier", "test"));
                return (new ClockFacts(from, TimeSpan.FromMinutes(target), JeopardyThresholds.Default, null, pauses), later);
            });

    [Fact]
    public void UsedAt_NeverDecreases_AsTimePasses() =>
        Clocks.Sample(c =>
        {
            var at = c.Facts.Start.AddMinutes(c.Later);
            foreach (var calendar in new[] { BusinessCalendar.TwentyFourSeven, Office })
            {
                Assert.True(OlaClock.UsedAt(c.Facts, calendar, at) <= OlaClock.UsedAt(c.Facts, calendar, at.AddMinutes(37)));
            }
        }, iter: 500);

    [Fact]
    public void Pause_NeverAddsTime() =>
        Clocks.Sample(c =>
        {
            var at = c.Facts.Start.AddMinutes(c.Later);
            var unpaused = c.Facts with { Pauses = [] };
            foreach (var calendar in new[] { BusinessCalendar.TwentyFourSeven, Office })
            {
                Assert.True(OlaClock.UsedAt(c.Facts, calendar, at) <= OlaClock.UsedAt(unpaused, calendar, at));
            }
        }, iter: 500);

    [Fact]
    public void UsedAt_EqualsWallTimeMinusPauses_OnTwentyFourSeven() =>
        Clocks.Sample(c =>
        {
            var at = c.Facts.Start.AddMinutes(c.Later);
            var paused = c.Facts.Pauses.Sum(p => new Interval(p.Start, p.End ?? at).Intersect(new Interval(c.Facts.Start, at)).Length.Ticks);
            Assert.Equal(at - c.Facts.Start - TimeSpan.FromTicks(paused), OlaClock.UsedAt(c.Facts, BusinessCalendar.TwentyFourSeven, at));
        }, iter: 500);
}

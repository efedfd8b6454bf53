using CsCheck;
using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Tests.Domain.Ola;

public sealed class ClockExplanationPropertyTests
{
    private static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly BusinessCalendar Office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();

    // A clock started somewhere in 2026 (crossing clock changes and holidays), with overlapping pauses, maybe stopped, read later.
    private static readonly Gen<(ClockFacts Facts, DateTimeOffset Now, IReadOnlyList<ClockHolder> Holders)> Clocks =
        Gen.Select(Gen.Int[0, 364 * 24 * 60], Gen.Int[0, 6 * 24 * 60].Array[0, 6], Gen.Int[0, 8 * 24 * 60], Gen.Int[-1, 8 * 24 * 60], Gen.Int[0, 8 * 24 * 60].Array[0, 3])
            .Select((start, cuts, later, stop, passes) =>
            {
                var from = YearStart.AddMinutes(start);
                var pauses = new List<ClockPause>();
                for (var i = 0; i + 1 < cuts.Length; i += 2)
                {
                    // Not sorted on purpose: pauses may overlap or come out of order.
                    var (a, b) = cuts[i] <= cuts[i + 1] ? (cuts[i], cuts[i + 1]) : (cuts[i + 1], cuts[i]);
                    pauses.Add(new ClockPause(from.AddMinutes(a), from.AddMinutes(b), $"Reason {i}", "test"));
                }
                if (cuts.Length % 2 == 1) pauses.Add(new ClockPause(from.AddMinutes(cuts[^1]), null, "AwaitingSupplier", "test"));
                var stoppedAt = stop < 0 ? (DateTimeOffset?)null : from.AddMinutes(stop);
                var holders = passes.Order().Select((m, i) => new ClockHolder(from.AddMinutes(m), i + 2)).Prepend(new ClockHolder(from, 1)).ToList();
                var facts = new ClockFacts(from, TimeSpan.FromHours(30), JeopardyThresholds.Default, stoppedAt, pauses);
                return (facts, from.AddMinutes(later), (IReadOnlyList<ClockHolder>)holders);
            });

    [Fact]
    public void Explain_InHoursPiecesAddUpToUsedAt() =>
        Clocks.Sample(c =>
        {
            foreach (var calendar in new[] { BusinessCalendar.TwentyFourSeven, Office })
            {
                var spans = ClockExplanation.Explain(c.Facts, calendar, c.Now, c.Holders);
                var inHours = TimeSpan.FromTicks(spans.Where(s => s.Kind == ClockSpanKind.InHours).Sum(s => s.Counted.Ticks));
                Assert.Equal(OlaClock.UsedAt(c.Facts, calendar, c.Now), inHours);
                Assert.All(spans.Where(s => s.Kind != ClockSpanKind.InHours), s => Assert.Equal(TimeSpan.Zero, s.Counted));
            }
        }, iter: 500);

    [Fact]
    public void Explain_CoversStartToStopOrNowWithoutGapsOrOverlaps() =>
        Clocks.Sample(c =>
        {
            var spans = ClockExplanation.Explain(c.Facts, Office, c.Now, c.Holders);
            var end = c.Facts.StoppedAt is { } stop && stop < c.Now ? stop : c.Now;
            if (end <= c.Facts.Start)
            {
                Assert.Empty(spans);
                return;
            }
            Assert.Equal(c.Facts.Start, spans[0].Start);
            Assert.Equal(end, spans[^1].End);
            Assert.All(spans, s => Assert.True(s.End > s.Start));
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        }, iter: 500);

    [Fact]
    public void Explain_NamesTheHolderOfEachPiece() =>
        Clocks.Sample(c =>
        {
            foreach (var span in ClockExplanation.Explain(c.Facts, BusinessCalendar.TwentyFourSeven, c.Now, c.Holders))
            {
                Assert.Equal(c.Holders.Last(h => h.From <= span.Start).SupportGroupId, span.SupportGroupId);
                Assert.DoesNotContain(c.Holders, h => h.From > span.Start && h.From < span.End);
            }
        }, iter: 500);
}

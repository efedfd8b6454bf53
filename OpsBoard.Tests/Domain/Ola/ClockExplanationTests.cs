using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Ola;

public sealed class ClockExplanationTests
{
    private const int Soc = 1;
    private const int SecondLine = 2;
    private static readonly BusinessCalendar Office = EnglandAndWalesBankHolidays.OfficeHoursCalendar();
    private static readonly BusinessCalendar AllHours = BusinessCalendar.TwentyFourSeven;

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static ClockFacts Facts(DateTimeOffset start, params ClockPause[] pauses) =>
        new(start, TimeSpan.FromHours(30), JeopardyThresholds.Default, null, pauses);

    private static IReadOnlyList<ClockSpan> Explain(ClockFacts facts, BusinessCalendar calendar, DateTimeOffset now) =>
        ClockExplanation.Explain(facts, calendar, now, [new ClockHolder(facts.Start, SecondLine)]);

    private static TimeSpan Counted(IEnumerable<ClockSpan> spans) => TimeSpan.FromTicks(spans.Sum(s => s.Counted.Ticks));

    private static (ClockSpanKind, DateTimeOffset, DateTimeOffset, TimeSpan) Piece(ClockSpanKind kind, DateTimeOffset start, DateTimeOffset end) =>
        (kind, start, end, kind == ClockSpanKind.InHours ? end - start : TimeSpan.Zero);

    private static void AssertPieces(IReadOnlyList<ClockSpan> spans, params (ClockSpanKind, DateTimeOffset, DateTimeOffset, TimeSpan)[] expected) =>
        Assert.Equal(expected, spans.Select(s => (s.Kind, s.Start, s.End, s.Counted)));

    [Fact]
    public void Explain_CutsOutTheWeekend_WhenOpenedFridayEvening()
    {
        var friday = Utc(2026, 12, 4, 17);
        var monday = Utc(2026, 12, 7, 10);

        var spans = Explain(Facts(friday), Office, monday);

        AssertPieces(spans,
            Piece(ClockSpanKind.InHours, friday, Utc(2026, 12, 4, 18)),
            Piece(ClockSpanKind.OutOfHours, Utc(2026, 12, 4, 18), Utc(2026, 12, 7, 8)),
            Piece(ClockSpanKind.InHours, Utc(2026, 12, 7, 8), monday));
        Assert.Equal(TimeSpan.FromHours(3), OlaClock.UsedAt(Facts(friday), Office, monday));
    }

    [Fact]
    public void Explain_CountsNothingOvernight_WhenRunningPastSixPm()
    {
        var spans = Explain(Facts(Utc(2026, 11, 30, 16)), Office, Utc(2026, 12, 1, 9, 30));

        AssertPieces(spans,
            Piece(ClockSpanKind.InHours, Utc(2026, 11, 30, 16), Utc(2026, 11, 30, 18)),
            Piece(ClockSpanKind.OutOfHours, Utc(2026, 11, 30, 18), Utc(2026, 12, 1, 8)),
            Piece(ClockSpanKind.InHours, Utc(2026, 12, 1, 8), Utc(2026, 12, 1, 9, 30)));
    }

    [Fact]
    public void Explain_ShowsOnePausedPieceWithReasonAndWho_WhenPauseSpansTheNight()
    {
        var pause = new ClockPause(Utc(2026, 11, 30, 17, 30), Utc(2026, 12, 1, 9), "AwaitingCaller", TestCmdb.Analyst);

        var spans = Explain(Facts(Utc(2026, 11, 30, 17), pause), Office, Utc(2026, 12, 1, 10));

        AssertPieces(spans,
            Piece(ClockSpanKind.InHours, Utc(2026, 11, 30, 17), Utc(2026, 11, 30, 17, 30)),
            Piece(ClockSpanKind.Paused, Utc(2026, 11, 30, 17, 30), Utc(2026, 12, 1, 9)),
            Piece(ClockSpanKind.InHours, Utc(2026, 12, 1, 9), Utc(2026, 12, 1, 10)));
        Assert.Equal(("AwaitingCaller", TestCmdb.Analyst), (spans[1].PauseReason, spans[1].PausedBy));
        Assert.Equal(TimeSpan.FromHours(1.5), Counted(spans));
    }

    [Fact]
    public void Explain_EndsAtNowInsideAnOpenPause_WhenStillPaused()
    {
        var pause = new ClockPause(Utc(2026, 11, 30, 10), null, "AwaitingSupplier", TestCmdb.Analyst);

        var spans = Explain(Facts(Utc(2026, 11, 30, 9), pause), Office, Utc(2026, 11, 30, 12));

        AssertPieces(spans,
            Piece(ClockSpanKind.InHours, Utc(2026, 11, 30, 9), Utc(2026, 11, 30, 10)),
            Piece(ClockSpanKind.Paused, Utc(2026, 11, 30, 10), Utc(2026, 11, 30, 12)));
        Assert.Equal("AwaitingSupplier", spans[1].PauseReason);
    }

    [Fact]
    public void Explain_StartsWorkingHoursAtEightLocal_WhenClocksWentForwardAtTheWeekend()
    {
        // BST starts on Sunday 29 March 2026: Friday's 18:00 is 18:00 UTC, Monday's 08:00 is 07:00 UTC.
        var spans = Explain(Facts(Utc(2026, 3, 27, 17)), Office, Utc(2026, 3, 30, 9));

        AssertPieces(spans,
            Piece(ClockSpanKind.InHours, Utc(2026, 3, 27, 17), Utc(2026, 3, 27, 18)),
            Piece(ClockSpanKind.OutOfHours, Utc(2026, 3, 27, 18), Utc(2026, 3, 30, 7)),
            Piece(ClockSpanKind.InHours, Utc(2026, 3, 30, 7), Utc(2026, 3, 30, 9)));
    }

    [Theory]
    [InlineData(2026, 3, 28)] // 23:00 GMT Saturday to 04:00 BST Sunday: five local hours, four real ones
    [InlineData(2026, 10, 24)] // 00:00 BST to 03:00 GMT on Sunday: three local hours, four real ones
    public void Explain_CountsRealElapsedTime_WhenTwentyFourSevenClockCrossesAClockChange(int year, int month, int day)
    {
        var start = Utc(year, month, day, 23);

        var spans = Explain(Facts(start), AllHours, start.AddHours(4));

        AssertPieces(spans, Piece(ClockSpanKind.InHours, start, start.AddHours(4)));
        Assert.Equal(TimeSpan.FromHours(4), spans[0].Counted);
    }

    [Fact]
    public void Explain_SkipsChristmasAndTheSubstituteDay_WhenRunningOverTheBankHolidays()
    {
        // Friday 25 December 2026 and Monday 28 December (Boxing Day's substitute) are bank holidays.
        var spans = Explain(Facts(Utc(2026, 12, 24, 17)), Office, Utc(2026, 12, 29, 9));

        AssertPieces(spans,
            Piece(ClockSpanKind.InHours, Utc(2026, 12, 24, 17), Utc(2026, 12, 24, 18)),
            Piece(ClockSpanKind.OutOfHours, Utc(2026, 12, 24, 18), Utc(2026, 12, 29, 8)),
            Piece(ClockSpanKind.InHours, Utc(2026, 12, 29, 8), Utc(2026, 12, 29, 9)));
    }

    [Fact]
    public void Explain_EndsAtTheStop_WhenClockStoppedBeforeNow()
    {
        var facts = Facts(Utc(2026, 11, 30, 9)) with { StoppedAt = Utc(2026, 11, 30, 9, 20) };

        var spans = Explain(facts, AllHours, Utc(2026, 12, 2, 9));

        AssertPieces(spans, Piece(ClockSpanKind.InHours, Utc(2026, 11, 30, 9), Utc(2026, 11, 30, 9, 20)));
    }

    [Fact]
    public void Explain_IsEmpty_WhenNowIsTheStart()
    {
        var start = Utc(2026, 11, 30, 9);

        Assert.Empty(Explain(Facts(start), AllHours, start));
    }

    [Fact]
    public void Explain_NamesEachHolder_WhenRecordTargetPassesFromGroupToGroup()
    {
        var start = Utc(2026, 11, 30, 17, 30);
        var passedOn = Utc(2026, 11, 30, 19);
        ClockHolder[] holders = [new(start, Soc), new(passedOn, SecondLine)];

        var spans = ClockExplanation.Explain(Facts(start), Office, Utc(2026, 12, 1, 9), holders);

        Assert.Equal(
            [
                (ClockSpanKind.InHours, start, Utc(2026, 11, 30, 18), (int?)Soc),
                (ClockSpanKind.OutOfHours, Utc(2026, 11, 30, 18), passedOn, Soc),
                (ClockSpanKind.OutOfHours, passedOn, Utc(2026, 12, 1, 8), SecondLine),
                (ClockSpanKind.InHours, Utc(2026, 12, 1, 8), Utc(2026, 12, 1, 9), SecondLine),
            ],
            spans.Select(s => (s.Kind, s.Start, s.End, s.SupportGroupId)));
    }

    [Fact]
    public void Explain_LabelsTheResolvedGapAsPaused_WhenRecordWasReopened()
    {
        var start = Utc(2026, 11, 30, 9);
        var resolved = new ClockPause(start.AddHours(1), start.AddHours(3), "Resolved", "Oliver Green");

        var spans = Explain(Facts(start, resolved), AllHours, start.AddHours(4));

        Assert.Equal([ClockSpanKind.InHours, ClockSpanKind.Paused, ClockSpanKind.InHours], spans.Select(s => s.Kind));
        Assert.Equal(("Resolved", "Oliver Green"), (spans[1].PauseReason, spans[1].PausedBy));
        Assert.Equal(TimeSpan.FromHours(2), Counted(spans));
    }

    [Fact]
    public void HoldersOf_FollowsEachSegment_ForRecordTargetButOnlyItsOwnGroupForASegmentClock()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        RecordClocks.Reconcile(record, OlaPolicyBook.Default, TestCmdb.Analyst, cmdb.Now);
        var opened = cmdb.Now;
        record.AssignTo(cmdb.SecondLine, null, TestCmdb.Analyst, cmdb.Tick(10));
        RecordClocks.Reconcile(record, OlaPolicyBook.Default, TestCmdb.Analyst, cmdb.Now);
        var recordTarget = record.Clocks.Single(c => c.Kind == OlaTargetKind.RecordResolution);
        var secondLineResponse = record.Clocks.Single(c => c.Kind == OlaTargetKind.Response && c.Segment == 2);

        Assert.Equal([new ClockHolder(opened, cmdb.Soc.Id), new ClockHolder(cmdb.Now, cmdb.SecondLine.Id)],
            ClockExplanation.HoldersOf(recordTarget, record.Clocks));
        Assert.Equal([new ClockHolder(cmdb.Now, cmdb.SecondLine.Id)], ClockExplanation.HoldersOf(secondLineResponse, record.Clocks));
    }
}

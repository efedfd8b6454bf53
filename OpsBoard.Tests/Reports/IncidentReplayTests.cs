namespace OpsBoard.Tests.Reports;

/// <summary>The independent computation on hand-checked cases, so its verdicts on the whole sample can be trusted.</summary>
public sealed class IncidentReplayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static ExpectedClock Clock(ExpectedIncident incident, ExpectedClockKind kind, int segment = 1) =>
        incident.Clocks.Single(c => c.Kind == kind && (kind == ExpectedClockKind.RecordTarget || c.Segment == segment));

    [Fact]
    public void P3OpenedFridayAt17_HasItsResponseDueMondayAt09()
    {
        // PROCESS.md: a P3 opened on Friday at 17:00 has its response due on Monday at 09:00. 4 March 2016 is a Friday (GMT).
        var late = new LogSnippet()
            .Row("INC1", "4/3/2016 17:00", "4/3/2016 17:00", "New", 3, "Group 5")
            .Row("INC1", "4/3/2016 17:00", "7/3/2016 09:30", "Active", 3, "Group 5")
            .Single();
        var response = Clock(late, ExpectedClockKind.Response);
        Assert.Equal(Utc(2016, 3, 7, 9), response.BreachedAt(Now));
        Assert.Equal(TimeSpan.FromMinutes(150), response.CountedAt(Now));
        Assert.Equal(ExpectedStop.Met, response.StopReason);

        var inTime = new LogSnippet()
            .Row("INC1", "4/3/2016 17:00", "4/3/2016 17:00", "New", 3, "Group 5")
            .Row("INC1", "4/3/2016 17:00", "7/3/2016 08:59", "Active", 3, "Group 5")
            .Single();
        Assert.Null(Clock(inTime, ExpectedClockKind.Response).BreachedAt(Now));
        Assert.Equal(TimeSpan.FromMinutes(119), Clock(inTime, ExpectedClockKind.Response).CountedAt(Now));
    }

    [Fact]
    public void AwaitingUserInfo_StopsTheClock_AwaitingProblem_DoesNot()
    {
        // P2, 24x7, 8 h: 10 minutes, then 4 hours awaiting the caller, then 6 hours: 6 h 10 min counted of 10 h 10 min elapsed.
        ExpectedIncident Case(string waiting) => new LogSnippet()
            .Row("INC2", "1/6/2016 10:00", "1/6/2016 10:00", "New", 2, "Group 5")
            .Row("INC2", "1/6/2016 10:00", "1/6/2016 10:10", waiting, 2, "Group 5")
            .Row("INC2", "1/6/2016 10:00", "1/6/2016 14:10", "Active", 2, "Group 5")
            .Row("INC2", "1/6/2016 10:00", "1/6/2016 20:10", "Resolved", 2, "Group 5")
            .Single();

        var paused = Case("Awaiting User Info");
        var resolution = Clock(paused, ExpectedClockKind.Resolution);
        Assert.Equal(TimeSpan.FromMinutes(370), resolution.CountedAt(Now));
        Assert.Null(resolution.BreachedAt(Now));
        Assert.Null(paused.RecordTarget.BreachedAt(Now));
        Assert.Equal(ExpectedStop.Met, Clock(paused, ExpectedClockKind.Response).StopReason);
        Assert.Equal(Utc(2016, 6, 1, 9, 10), Clock(paused, ExpectedClockKind.Response).StoppedAt);

        var running = Case("Awaiting Problem");
        // 18:00 BST is 17:00 UTC: 8 hours after the opening at 09:00 UTC.
        Assert.Equal(Utc(2016, 6, 1, 17), Clock(running, ExpectedClockKind.Resolution).BreachedAt(Now));
        Assert.Equal(Utc(2016, 6, 1, 17), running.RecordTarget.BreachedAt(Now));
    }

    [Fact]
    public void BankHolidays_AndTheClockChange_AreNotWorkingTime()
    {
        // Thursday 24 March 2016 17:00 GMT; Good Friday and Easter Monday are bank holidays and BST begins on Sunday 27th:
        // the second working hour is Tuesday 29th 08:00-09:00 BST, i.e. due 08:00 UTC.
        var incident = new LogSnippet()
            .Row("INC3", "24/3/2016 17:00", "24/3/2016 17:00", "New", 3, "Group 5")
            .Row("INC3", "24/3/2016 17:00", "29/3/2016 10:00", "Active", 3, "Group 5")
            .Single();
        var response = Clock(incident, ExpectedClockKind.Response);
        Assert.Equal(Utc(2016, 3, 29, 8), response.BreachedAt(Now));
        Assert.Equal(TimeSpan.FromHours(3), response.CountedAt(Now));
    }

    [Fact]
    public void TwentyFourSeven_CountsRealTime_AcrossBothClockChanges()
    {
        // Spring: 26/3 23:00 GMT to 27/3 03:30 BST is 3 h 30 min real (4 h 30 min on the wall): a P1 resolution met.
        var spring = new LogSnippet()
            .Row("INC4", "26/3/2016 23:00", "26/3/2016 23:00", "Active", 1, "Group 5")
            .Row("INC4", "26/3/2016 23:00", "27/3/2016 03:30", "Resolved", 1, "Group 5")
            .Single();
        Assert.Equal(TimeSpan.FromMinutes(210), spring.RecordTarget.CountedAt(Now));
        Assert.Null(spring.RecordTarget.BreachedAt(Now));

        // Autumn: 30/10 00:30 BST to 04:00 GMT is 4 h 30 min real (3 h 30 min on the wall): breached 4 h after the opening.
        var autumn = new LogSnippet()
            .Row("INC5", "30/10/2016 00:30", "30/10/2016 00:30", "Active", 1, "Group 5")
            .Row("INC5", "30/10/2016 00:30", "30/10/2016 04:00", "Resolved", 1, "Group 5")
            .Single();
        Assert.Equal(Utc(2016, 10, 29, 23, 30), autumn.OpenedAt);
        Assert.Equal(TimeSpan.FromMinutes(270), autumn.RecordTarget.CountedAt(Now));
        Assert.Equal(Utc(2016, 10, 30, 3, 30), autumn.RecordTarget.BreachedAt(Now));
    }

    [Fact]
    public void LocalTimes_InTheClockChanges_FollowTheDecision()
    {
        // 01:30 does not exist on 27/3/2016: it moves forward to 02:30 BST. 01:30 happens twice on 30/10/2016: the first, BST.
        Assert.Equal(Utc(2016, 3, 27, 1, 30), SourceCalendar.ParseLocal("27/3/2016 01:30", SourceCalendar.London));
        Assert.Equal(Utc(2016, 10, 30, 0, 30), SourceCalendar.ParseLocal("30/10/2016 01:30", SourceCalendar.London));
        Assert.Equal(Utc(2016, 3, 5, 12, 0), SourceCalendar.ParseLocal("5/3/2016 12:00", SourceCalendar.London));
    }

    [Fact]
    public void WorkingHours_AreLocal_OnBothSidesOfTheAutumnChange()
    {
        // Friday 28/10/2016 17:00 BST (16:00 UTC) + 2 working hours = Monday 31/10 09:00 GMT (09:00 UTC).
        var incident = new LogSnippet()
            .Row("INC6", "28/10/2016 17:00", "28/10/2016 17:00", "New", 3, "Group 5")
            .Row("INC6", "28/10/2016 17:00", "31/10/2016 12:00", "Active", 3, "Group 5")
            .Single();
        Assert.Equal(Utc(2016, 10, 31, 9), Clock(incident, ExpectedClockKind.Response).BreachedAt(Now));
    }

    [Fact]
    public void Reopen_RunsTheRecordTargetAgain_FromTheReopening_WithANewHold()
    {
        // P2 (8 h): 2 hours, resolved for 3 hours, reopened, then 5 more hours: 7 hours counted, met.
        var incident = new LogSnippet()
            .Row("INC7", "1/6/2016 10:00", "1/6/2016 10:00", "New", 2, null)
            .Row("INC7", "1/6/2016 10:00", "1/6/2016 10:05", "Active", 2, null)
            .Row("INC7", "1/6/2016 10:00", "1/6/2016 12:00", "Resolved", 2, null)
            .Row("INC7", "1/6/2016 10:00", "1/6/2016 15:00", "Active", 2, null, reopens: 1)
            .Row("INC7", "1/6/2016 10:00", "1/6/2016 20:00", "Resolved", 2, null, reopens: 1)
            .Row("INC7", "1/6/2016 10:00", "1/6/2016 20:30", "Resolved", 2, null, reopens: 1)
            .Row("INC7", "1/6/2016 10:00", "6/6/2016 20:00", "Closed", 2, null, reopens: 1)
            .Single();
        Assert.Equal(TimeSpan.FromHours(7), incident.RecordTarget.CountedAt(Now));
        Assert.Null(incident.RecordTarget.BreachedAt(Now));
        // ResolvedAt is the last Resolved row's time; the clocks stopped at the first.
        Assert.Equal(Utc(2016, 6, 1, 19, 30), incident.ResolvedAt);
        Assert.Equal(Utc(2016, 6, 1, 19), incident.RecordTarget.StoppedAt);
        Assert.Equal(1, incident.ReopenCount);
        Assert.True(incident.OnlySoc);
        Assert.Equal([1, 2], incident.Holds.Select(h => h.Segment));
        var second = Clock(incident, ExpectedClockKind.Resolution, 2);
        Assert.Equal(Utc(2016, 6, 1, 14), second.Start);
        Assert.Equal(TimeSpan.FromHours(5), second.CountedAt(Now));
        // Reopened into Active (In progress): the new hold's response is met at the reopening.
        Assert.Equal(ExpectedStop.Met, Clock(incident, ExpectedClockKind.Response, 2).StopReason);
        Assert.Equal(Utc(2016, 6, 1, 14), Clock(incident, ExpectedClockKind.Response, 2).StoppedAt);
        Assert.True(incident.OpenAt(Utc(2016, 6, 1, 15)));
        Assert.False(incident.OpenAt(Utc(2016, 6, 1, 12)));
        Assert.False(incident.OpenAt(Utc(2016, 6, 1, 20)));
    }

    [Fact]
    public void PassOn_BeforeAcknowledge_StopsTheResponse_AndRelaySharesAddUp()
    {
        // P1 by the SOC (Group 70) for 20 minutes (response breached at 15), Group 9 acknowledges at once, resolves 4 h later.
        var incident = new LogSnippet()
            .Row("INC8", "1/6/2016 10:00", "1/6/2016 10:00", "New", 1, "Group 70")
            .Row("INC8", "1/6/2016 10:00", "1/6/2016 10:20", "Active", 1, "Group 9", reassignments: 1)
            .Row("INC8", "1/6/2016 10:00", "1/6/2016 14:20", "Resolved", 1, "Group 9", reassignments: 1)
            .Single("Group 70");
        var soc = Clock(incident, ExpectedClockKind.Response, 1);
        Assert.Equal(IncidentReplay.Soc, soc.Group);
        Assert.Equal(ExpectedStop.PassedOn, soc.StopReason);
        Assert.Equal(Utc(2016, 6, 1, 9, 15), soc.BreachedAt(Now));
        Assert.Equal(ExpectedStop.Met, Clock(incident, ExpectedClockKind.Response, 2).StopReason);
        Assert.Null(Clock(incident, ExpectedClockKind.Response, 2).BreachedAt(Now));
        Assert.Equal("Group 9", incident.Group);
        Assert.False(incident.OnlySoc);
        Assert.Equal(1, incident.ReassignmentCount);
        // The record's 4 h target breached at 14:00 local; 20 minutes were the SOC's, 4 hours Group 9's.
        Assert.Equal(Utc(2016, 6, 1, 13), incident.RecordTarget.BreachedAt(Now));
        var shares = Relay.SharesOf(incident, Now);
        Assert.Equal(TimeSpan.FromMinutes(20), shares[IncidentReplay.Soc]);
        Assert.Equal(TimeSpan.FromHours(4), shares["Group 9"]);
        Assert.Equal(incident.RecordTarget.CountedAt(Now), shares.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public void PassOn_InTheResolvingRow_IsAHoldOfTheResolvingGroup()
    {
        var incident = new LogSnippet()
            .Row("INC9", "1/6/2016 10:00", "1/6/2016 10:00", "New", 4, null)
            .Row("INC9", "1/6/2016 10:00", "1/6/2016 10:05", "Active", 4, null)
            .Row("INC9", "1/6/2016 10:00", "1/6/2016 11:00", "Resolved", 4, "Group 9", reassignments: 1)
            .Single();
        Assert.Equal("Group 9", incident.Group);
        Assert.False(incident.OnlySoc);
        Assert.Equal([IncidentReplay.Soc, "Group 9"], incident.Holds.Select(h => h.Group));
        var resolution = Clock(incident, ExpectedClockKind.Resolution, 2);
        Assert.Equal(resolution.Start, resolution.StoppedAt);
        Assert.Equal(ExpectedStop.Resolved, resolution.StopReason);
    }

    [Fact]
    public void OpenIncident_KeepsItsClocksRunning_AndABackwardsUpdateWaitsForTheOpening()
    {
        // The first update is stamped before opened_at: it applies at the opening.
        var incident = new LogSnippet()
            .Row("INC10", "1/6/2016 10:00", "1/6/2016 09:50", "Active", 2, "Group 5")
            .Single();
        Assert.Null(incident.ResolvedAt);
        Assert.True(incident.OpenAt(Now));
        Assert.Equal(Utc(2016, 6, 1, 9), Clock(incident, ExpectedClockKind.Response).StoppedAt);
        Assert.True(incident.RecordTarget.IsRunning);
        Assert.Equal(Utc(2016, 6, 1, 17), incident.RecordTarget.BreachedAt(Now));
        Assert.Null(incident.RecordTarget.BreachedAt(Utc(2016, 6, 1, 16)));
    }

    [Fact]
    public void Reader_RefusesUnreadableRows_WithTheirLine()
    {
        var log = new LogSnippet()
            .Row("INC11", "1/6/2016 10:00", "1/6/2016 10:00", "New", 2, null)
            .Row("INC11", "1/6/2016 10:00", "1/6/2016 10:01", "-100", 2, null)
            .Row("INC11", "1/6/2016 10:00", "31/6/2016 10:02", "Active", 2, null)
            .Read();
        Assert.Equal(3, log.RowsRead);
        Assert.Single(log.Rows);
        Assert.Equal([3, 4], log.Problems.Select(p => p.Line));
        Assert.Contains("-100", log.Problems[0].Reason);
    }

    [Fact]
    public void AGroupTakingAResolvedRecord_HoldsItOnlyIfReopened_ButIsItsGroupFromThen()
    {
        // INC0000885's shape: the SOC resolves, Group 23 takes it while Resolved, then it closes.
        var incident = new LogSnippet()
            .Row("INC12", "1/3/2016 18:06", "1/3/2016 18:06", "New", 3, "Group 70")
            .Row("INC12", "1/3/2016 18:06", "3/3/2016 17:44", "Resolved", 3, "Group 70")
            .Row("INC12", "1/3/2016 18:06", "3/3/2016 18:04", "Resolved", 3, "Group 23")
            .Row("INC12", "1/3/2016 18:06", "8/3/2016 19:00", "Closed", 3, "Group 23")
            .Single("Group 70");
        Assert.Equal("Group 23", incident.Group);
        Assert.True(incident.OnlySoc);
        Assert.Equal([IncidentReplay.Soc], incident.Holds.Select(h => h.Group));
        // ResolvedAt follows the last Resolved row; the clocks stopped at the first.
        Assert.Equal(Utc(2016, 3, 3, 18, 4), incident.ResolvedAt);
        Assert.Equal(Utc(2016, 3, 3, 17, 44), incident.RecordTarget.StoppedAt);
    }

    [Fact]
    public void Figures_FollowTheDecisionsDefinitions_OnAHandfulOfIncidents()
    {
        // Three P4s opened on Wednesday 1 June 2016: resolved after 1 h, 2 h and 4 h; a fourth still open at the period's end.
        var log = new LogSnippet()
            .Row("INC21", "1/6/2016 09:00", "1/6/2016 09:00", "New", 4, null)
            .Row("INC21", "1/6/2016 09:00", "1/6/2016 10:00", "Resolved", 4, null)
            .Row("INC22", "1/6/2016 09:00", "1/6/2016 09:00", "New", 4, null)
            .Row("INC22", "1/6/2016 09:00", "1/6/2016 09:30", "Active", 4, "Group 9", reassignments: 1)
            .Row("INC22", "1/6/2016 09:00", "1/6/2016 11:00", "Resolved", 4, "Group 9", reassignments: 1)
            .Row("INC23", "1/6/2016 09:00", "1/6/2016 09:00", "New", 4, null)
            .Row("INC23", "1/6/2016 09:00", "1/6/2016 13:00", "Resolved", 4, null, reopens: 1)
            .Row("INC24", "1/6/2016 09:00", "1/6/2016 09:00", "New", 4, null)
            .Read();
        var incidents = IncidentReplay.All(log, null);
        var request = new ExpectedRequest(SourceCalendar.LocalMidnight(new DateOnly(2016, 6, 1)), SourceCalendar.LocalMidnight(new DateOnly(2016, 6, 3)));
        var figures = ExpectedFigures.For(incidents, request, Now);

        Assert.Equal(3, figures.Resolved);
        Assert.Equal(TimeSpan.FromHours(2), figures.TimeToResolve.Median);
        Assert.Equal(TimeSpan.FromHours(4), figures.TimeToResolve.P90);
        Assert.Equal(TimeSpan.FromMinutes(140), figures.TimeToResolve.Mean);
        Assert.Equal([2, 1, 0, 0, 0, 0], figures.Hops);
        Assert.Equal(1, figures.Reopened);
        Assert.Equal(2, figures.FirstContactAtSoc);
        // INC24 is 1 day 15 hours old at the end of Thursday: "1-3 days".
        Assert.Equal([0, 1, 0, 0, 0], figures.Backlog[4]);
        Assert.Equal([(4, 3)], figures.Volumes.Where(v => v.Opened + v.Resolved > 0).Select(v => (v.Opened, v.Resolved)));
        // The SOC's response for INC22 is passed on at 09:30 (met); Group 9's is met at once.
        Assert.Contains(figures.Compliance, t => t.Group == IncidentReplay.Soc && t.Kind == ExpectedClockKind.Response && t.Ended == 3 && t.Met == 3);
        Assert.Contains(figures.Compliance, t => t.Group == "Group 9" && t.Kind == ExpectedClockKind.Response && t.Ended == 1 && t.Met == 1);
        // INC24's response (8 working hours from Wednesday 09:00) breached at 17:00 that day; nothing else breached.
        Assert.Equal(1, Assert.Single(figures.Breaches, b => b.Key == (IncidentReplay.Soc, ExpectedClockKind.Response)).Value);
        Assert.Single(figures.Breaches);
        Assert.Equal(Utc(2016, 6, 1, 16), incidents.Single(i => i.SourceNumber == "INC24").Clocks.Single(c => c.Kind == ExpectedClockKind.Response).BreachedAt(Now));
        Assert.Empty(figures.Relay);
    }
}

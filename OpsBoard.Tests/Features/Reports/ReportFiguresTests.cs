using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Features.Reports;

/// <summary>The figures as pure functions of hand-made facts: no database, no domain objects.</summary>
public sealed class ReportFiguresTests
{
    // Monday 2 November 2026, 00:00 GMT = 00:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    private static ReportRequest Week(IReadOnlyList<int>? groups = null) => new(Monday, Monday.AddDays(7), Groups: groups);

    private static RecordFact Record(long id, DateTimeOffset opened, DateTimeOffset? resolved = null, Priority priority = Priority.P3, int group = 1,
        int hops = 0, int reopens = 0, bool onlySoc = false, bool openAtTo = false, RecordKind kind = RecordKind.Incident) =>
        new(id, $"INC{id:0000000}", null, kind, 1, group, priority, opened, resolved, hops, reopens, onlySoc, openAtTo);

    private static ReportFacts Facts(ReportRequest request, IReadOnlyList<RecordFact>? records = null, IReadOnlyList<ClockFact>? clocks = null,
        IReadOnlyList<AlertFact>? alerts = null, IReadOnlyList<RelayShare>? relay = null) =>
        new(request, records ?? [], clocks ?? [], alerts ?? [], relay ?? []);

    private static double[] Values(params double[] values) => values;

    [Fact]
    public void Median_IsTheMiddleValue_OrTheMeanOfTheTwoMiddleValues()
    {
        Assert.Equal(3, ReportStats.Median(Values(5, 1, 3)));
        Assert.Equal(2.5, ReportStats.Median(Values(4, 1, 3, 2)));
        Assert.Equal(7, ReportStats.Median(Values(7)));
        Assert.Null(ReportStats.Median(Values()));
    }

    [Fact]
    public void Percentile90_IsTheNearestRank()
    {
        // ceil(0.9 x 10) = 9th; ceil(0.9 x 11) = 10th; ceil(0.9 x 20) = 18th; ceil(0.9 x 1) = 1st.
        Assert.Equal(9, ReportStats.Percentile90([.. Enumerable.Range(1, 10).Select(i => (double)i)]));
        Assert.Equal(10, ReportStats.Percentile90([.. Enumerable.Range(1, 11).Reverse().Select(i => (double)i)]));
        Assert.Equal(18, ReportStats.Percentile90([.. Enumerable.Range(1, 20).Select(i => (double)i)]));
        Assert.Equal(42, ReportStats.Percentile90(Values(42)));
        Assert.Null(ReportStats.Percentile90(Values()));
    }

    [Fact]
    public void TimeToResolve_PerPriorityAndOverall_ToTheMinute()
    {
        var records = new[]
        {
            Record(1, Monday.AddHours(1), Monday.AddHours(2), Priority.P1),
            Record(2, Monday.AddHours(1), Monday.AddHours(4), Priority.P1),
            Record(3, Monday.AddHours(1), Monday.AddHours(1).AddMinutes(30).AddSeconds(30), Priority.P2),
            // Resolved after the period: not counted.
            Record(4, Monday.AddHours(1), Monday.AddDays(8), Priority.P1),
        };

        var report = ReportFigures.TimeToResolve(Facts(Week(), records));

        var p1 = report.Priorities.Single(r => r.Priority == Priority.P1).Time;
        Assert.Equal((2, TimeSpan.FromHours(2), TimeSpan.FromHours(2), TimeSpan.FromHours(3)), (p1.Count, p1.Mean!.Value, p1.Median!.Value, p1.Percentile90!.Value));
        Assert.Equal(3, report.Overall.Time.Count);
        var table = report.ToTable(ReportNames.None);
        Assert.Equal(["P1", "2", "2h 00m", "2h 00m", "3h 00m"], table.Rows[0]);
        // 30m 30s rounds up to 31m.
        Assert.Equal(["P2", "1", "31m", "31m", "31m"], table.Rows[1]);
        Assert.Equal(["P3", "0", "-", "-", "-"], table.Rows[2]);
        Assert.Equal("All priorities", table.Rows[^1][0]);
    }

    [Fact]
    public void Volumes_ByLocalDay_ACloseOfSummerTimeDayIs25Hours()
    {
        // Summer time ends on Sunday 25 October 2026 at 01:00 UTC: that local day runs 24 Oct 23:00 UTC to 26 Oct 00:00 UTC.
        var from = new DateTimeOffset(2026, 10, 23, 23, 0, 0, TimeSpan.Zero);
        var request = new ReportRequest(from, new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.Zero));
        var records = new[]
        {
            Record(1, new DateTimeOffset(2026, 10, 24, 22, 59, 0, TimeSpan.Zero)), // 23:59 BST Saturday
            Record(2, new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero)), // 00:00 BST Sunday
            Record(3, new DateTimeOffset(2026, 10, 25, 23, 59, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero)), // 23:59 GMT Sunday, resolved Monday
        };

        var report = ReportFigures.Volumes(Facts(request, records));

        Assert.Equal(BucketSize.Day, report.Size);
        Assert.Equal(["Sat 24 Oct 2026", "Sun 25 Oct 2026", "Mon 26 Oct 2026"], report.Buckets.Select(b => b.Bucket.Label));
        var sunday = report.Buckets[1];
        Assert.Equal(TimeSpan.FromHours(25), sunday.Bucket.End - sunday.Bucket.Start);
        Assert.Equal([1, 2, 0], report.Buckets.Select(b => b.Opened));
        Assert.Equal([0, 0, 1], report.Buckets.Select(b => b.Resolved));
        Assert.Equal(["Total", "3", "1"], report.ToTable(ReportNames.None).Rows[^1]);
    }

    [Fact]
    public void Volumes_ByWeekFrom63Days_OnMondays_AndByMonthFrom366Days()
    {
        // Wednesday 4 November 2026 for 62 days: by day; for 63 days: by week from Monday 2 November.
        var wednesday = Monday.AddDays(2);
        Assert.Equal(BucketSize.Day, ReportBuckets.SizeFor(wednesday, wednesday.AddDays(62)));
        var weeks = ReportBuckets.For(wednesday, wednesday.AddDays(63));
        Assert.Equal(BucketSize.Week, ReportBuckets.SizeFor(wednesday, wednesday.AddDays(63)));
        Assert.Equal(Monday, weeks[0].Start);
        Assert.Equal("Week of 2 Nov 2026", weeks[0].Label);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, OpsBoard.Web.Components.Shared.LondonTime.ToLocal(w.Start).DayOfWeek));
        Assert.Equal(BucketSize.Month, ReportBuckets.SizeFor(wednesday, wednesday.AddDays(366)));
        var months = ReportBuckets.For(wednesday, wednesday.AddDays(366));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), months[0].Start);
        // 1 June 2027 is local midnight in summer time: 31 May 23:00 UTC.
        Assert.Contains(months, m => m.Start == new DateTimeOffset(2027, 5, 31, 23, 0, 0, TimeSpan.Zero) && m.Label == "Jun 2027");
        Assert.Equal(13, months.Count);
    }

    [Fact]
    public void Hops_CountsZeroToFourAndFiveOrMore_AndTheMean()
    {
        int[] hops = [0, 0, 1, 4, 5, 9];
        var records = hops.Select((h, i) => Record(i + 1, Monday, Monday.AddHours(1), hops: h)).Append(Record(99, Monday, null, hops: 7)).ToList();

        var report = ReportFigures.Hops(Facts(Week(), records));

        Assert.Equal([2, 1, 0, 0, 1, 2], report.Buckets);
        Assert.Equal(6, report.Resolved);
        Assert.Equal(["2", "1", "0", "0", "1", "2", "6", "3.2"], report.ToTable(ReportNames.None).Rows[0]);
    }

    [Fact]
    public void Reopens_AndFirstContact_AreRatesOfTheRecordsResolvedInThePeriod()
    {
        var records = new[]
        {
            Record(1, Monday, Monday.AddHours(1), reopens: 1, onlySoc: true),
            Record(2, Monday, Monday.AddHours(1), onlySoc: true, kind: RecordKind.ServiceRequest),
            Record(3, Monday, Monday.AddHours(1)),
            Record(4, Monday, Monday.AddHours(1), onlySoc: true, kind: RecordKind.Event), // not an incident or a request
            Record(5, Monday, Monday.AddDays(9), onlySoc: true), // resolved after the period
        };

        var reopens = ReportFigures.Reopens(Facts(Week(), records));
        var firstContact = ReportFigures.FirstContact(Facts(Week(), records));

        Assert.Equal(["4", "1", "25.0"], reopens.ToTable(ReportNames.None).Rows[0]);
        Assert.Equal(["3", "2", "66.7"], firstContact.ToTable(ReportNames.None).Rows[0]);
    }

    [Fact]
    public void Backlog_EachBoundBelongsToTheOlderBucket()
    {
        var to = Monday.AddDays(40);
        var request = new ReportRequest(Monday, to);
        TimeSpan[] ages = [TimeSpan.FromDays(1) - TimeSpan.FromTicks(1), TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30)];
        var records = ages.Select((a, i) => Record(i + 1, to - a, openAtTo: true, priority: Priority.P2))
            .Append(Record(50, Monday, openAtTo: false)).ToList();

        var report = ReportFigures.Backlog(Facts(request, records));

        Assert.Equal([1, 1, 1, 2, 1], report.Priorities.Single(p => p.Priority == Priority.P2).Ages);
        Assert.Equal(6, report.Overall.Total);
        Assert.Equal(["All priorities", "1", "1", "1", "2", "1", "6"], report.ToTable(ReportNames.None).Rows[^1]);
    }

    [Fact]
    public void Compliance_CountsClocksEndedInThePeriod_NotCancelled_MetWhenNeverBreached()
    {
        ClockFact Clock(OlaTargetKind kind, int group, DateTimeOffset? stopped, StopReason? reason, DateTimeOffset? breached = null) =>
            new(1, kind, kind == OlaTargetKind.RecordResolution ? 0 : 1, group, Monday, stopped, reason, breached);
        var clocks = new[]
        {
            Clock(OlaTargetKind.Response, 1, Monday.AddHours(1), StopReason.Met),
            Clock(OlaTargetKind.Response, 1, Monday.AddHours(2), StopReason.Met, Monday.AddHours(1)),
            Clock(OlaTargetKind.Response, 2, Monday.AddHours(2), StopReason.PassedOn),
            Clock(OlaTargetKind.Response, 2, Monday.AddHours(2), StopReason.Cancelled),
            Clock(OlaTargetKind.Resolution, 2, Monday.AddDays(8), StopReason.Resolved), // ended after the period
            Clock(OlaTargetKind.RecordResolution, 2, Monday.AddHours(3), StopReason.Resolved, Monday.AddHours(2)),
        };
        var names = new ReportNames(new Dictionary<int, string> { [1] = "Service Desk", [2] = "Network" }, new Dictionary<int, string>());

        var report = ReportFigures.Compliance(Facts(Week(), clocks: clocks));

        var table = report.ToTable(names);
        Assert.Equal(["Response", "Network", "1", "1", "0", "100.0"], table.Rows[0]);
        Assert.Equal(["Response", "Service Desk", "2", "1", "1", "50.0"], table.Rows[1]);
        Assert.Equal(["Response", "All groups", "3", "2", "1", "66.7"], table.Rows[2]);
        Assert.Equal(["Resolution", "All groups", "0", "0", "0", "-"], table.Rows[3]);
        Assert.Equal(["Record target", "Network", "1", "0", "1", "0.0"], table.Rows[4]);

        var breaches = ReportFigures.Breaches(Facts(Week(), clocks: clocks)).ToTable(names);
        Assert.Equal(["Network", "0", "0", "1", "1"], breaches.Rows[0]);
        Assert.Equal(["Service Desk", "1", "0", "0", "1"], breaches.Rows[1]);
        Assert.Equal(["All groups", "1", "0", "1", "2"], breaches.Rows[2]);
    }

    [Fact]
    public void Alerts_TimeToAcknowledge_OfTheAcknowledgedOnly()
    {
        var alerts = new[]
        {
            new AlertFact(1, 1, Monday, Monday.AddMinutes(10)),
            new AlertFact(2, 1, Monday, Monday.AddMinutes(30)),
            new AlertFact(3, 1, Monday, null),
            new AlertFact(4, 1, Monday.AddDays(-1), Monday), // raised before the period
        };

        var row = ReportFigures.Alerts(Facts(Week(), alerts: alerts)).ToTable(ReportNames.None).Rows[^1];

        Assert.Equal(["All groups", "3", "2", "1", "20m", "20m", "30m"], row);
    }

    [Fact]
    public void RecordFigures_CountOnlyTheRecordsOfTheChosenGroups()
    {
        var records = new[] { Record(1, Monday, Monday.AddHours(1), group: 1), Record(2, Monday, Monday.AddHours(1), group: 2) };

        var volumes = ReportFigures.Volumes(Facts(Week(groups: [2]), records));

        Assert.Equal((1, 1), (volumes.Opened, volumes.Resolved));
    }

    [Fact]
    public void Relay_SharesAreEachGroupsCountedTimeAsAPercentageOfTheTarget()
    {
        var relay = new[]
        {
            new RelayShare(7, 1, TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
            new RelayShare(7, 2, TimeSpan.FromHours(3.5), TimeSpan.FromHours(4)),
        };
        var names = new ReportNames(new Dictionary<int, string> { [1] = "Service Desk", [2] = "Network" }, new Dictionary<int, string>());

        var report = ReportFigures.Relay(Facts(Week(), [Record(7, Monday)], relay: relay));

        var table = report.ToTable(names);
        Assert.Equal(["INC0000007", "4h 00m", "Service Desk", "1h 00m", "25.0"], table.Rows[0]);
        Assert.Equal(["INC0000007", "4h 00m", "Network", "3h 30m", "87.5"], table.Rows[1]);
        Assert.Equal(TimeSpan.FromHours(4.5), report.Records.Single().Used);
    }
}

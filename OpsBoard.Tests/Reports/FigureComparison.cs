using System.Globalization;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Reports;

/// <summary>Compares every figure of every report OpsBoard computed with the test's own figures; one line per figure that differs.</summary>
public sealed class FigureComparison(HistoryImportFixture data, ExpectedRequest request, ExpectedFigures expected)
{
    private readonly List<string> differences = [];

    public IReadOnlyList<string> Compare(IReadOnlyList<IReportResult> reports)
    {
        foreach (var report in reports)
        {
            switch (report)
            {
                case VolumesReport volumes: Volumes(volumes); break;
                case ComplianceReport compliance: Compliance(compliance); break;
                case BreachesReport breaches: Breaches(breaches); break;
                case AlertsReport alerts: Alerts(alerts); break;
                case TimeToResolveReport resolve: TimeToResolve(resolve); break;
                case HopsReport hops: Hops(hops); break;
                case ReopensReport reopens: Reopens(reopens); break;
                case FirstContactReport first: FirstContact(first); break;
                case BacklogReport backlog: Backlog(backlog); break;
                case RelayReport relay: Relay(relay); break;
                default: differences.Add($"{report.GetType().Name}: a report the check does not know"); break;
            }
        }
        if (reports.Count != Enum.GetValues<ReportName>().Length) differences.Add($"{reports.Count} reports, not {Enum.GetValues<ReportName>().Length}");
        return differences;
    }

    private void Volumes(VolumesReport report)
    {
        Differ("volumes: bucket size", report.Size.ToString(), ExpectedFigures.BucketSize(request));
        Differ("volumes: buckets", report.Buckets.Count, expected.Volumes.Count);
        foreach (var (got, want) in report.Buckets.Zip(expected.Volumes))
        {
            var at = HistoryReportTests.Show(want.Start);
            Differ($"volumes {at}: start", HistoryReportTests.Show(got.Bucket.Start), at);
            Differ($"volumes {at}: end", HistoryReportTests.Show(got.Bucket.End), HistoryReportTests.Show(want.End));
            Differ($"volumes {at}: opened", got.Opened, want.Opened);
            Differ($"volumes {at}: resolved", got.Resolved, want.Resolved);
        }
        Differ("volumes: opened in all", report.Opened, expected.Volumes.Sum(b => b.Opened));
        Differ("volumes: resolved in all", report.Resolved, expected.Volumes.Sum(b => b.Resolved));
    }

    private void Compliance(ComplianceReport report)
    {
        var want = expected.Compliance.ToDictionary(t => (t.Group, t.Kind));
        foreach (var kind in Enum.GetValues<ExpectedClockKind>())
        {
            var all = expected.Compliance.Where(t => t.Kind == kind).ToList();
            want[("All groups", kind)] = new ClockTally("All groups", kind, all.Sum(t => t.Ended), all.Sum(t => t.Met));
        }
        var got = new Dictionary<(string, ExpectedClockKind), ClockTally>();
        foreach (var row in report.Rows)
        {
            var group = row.GroupId is { } id ? data.GroupName[id] : "All groups";
            if (!got.TryAdd((group, Kind(row.Kind)), new ClockTally(group, Kind(row.Kind), row.Ended, row.Met)))
                differences.Add($"compliance {Kind(row.Kind)} {group}: two rows");
        }
        foreach (var key in want.Keys.Union(got.Keys).OrderBy(k => k.Item2).ThenBy(k => k.Item1, StringComparer.Ordinal))
        {
            var a = got.GetValueOrDefault(key);
            var b = want.GetValueOrDefault(key);
            Differ($"compliance {key.Item2} {key.Item1}: ended", a?.Ended ?? 0, b?.Ended ?? 0);
            Differ($"compliance {key.Item2} {key.Item1}: met", a?.Met ?? 0, b?.Met ?? 0);
        }
    }

    private void Breaches(BreachesReport report)
    {
        var got = new Dictionary<(string, ExpectedClockKind), int>();
        foreach (var row in report.Groups)
        {
            var group = data.GroupName[row.GroupId!.Value];
            got[(group, ExpectedClockKind.Response)] = row.Response;
            got[(group, ExpectedClockKind.Resolution)] = row.Resolution;
            got[(group, ExpectedClockKind.RecordTarget)] = row.RecordTarget;
        }
        foreach (var key in got.Keys.Union(expected.Breaches.Keys).Order())
        {
            Differ($"breaches {key.Item2} {key.Item1}", got.GetValueOrDefault(key), expected.Breaches.GetValueOrDefault(key));
        }
        Differ("breaches Response all groups", report.Overall.Response, Sum(ExpectedClockKind.Response));
        Differ("breaches Resolution all groups", report.Overall.Resolution, Sum(ExpectedClockKind.Resolution));
        Differ("breaches RecordTarget all groups", report.Overall.RecordTarget, Sum(ExpectedClockKind.RecordTarget));
        int Sum(ExpectedClockKind kind) => expected.Breaches.Where(b => b.Key.Kind == kind).Sum(b => b.Value);
    }

    private void Alerts(AlertsReport report)
    {
        // Decision 0012: history raises no alerts, so an imported sample has none to report.
        Differ("alerts: raised", report.Overall.Raised, 0);
        Differ("alerts: groups", report.Groups.Count, 0);
    }

    private void TimeToResolve(TimeToResolveReport report)
    {
        foreach (var row in report.Priorities)
        {
            Spread(row.Priority!.Value.ToString(), row.Time, expected.TimeToResolveByPriority.GetValueOrDefault((int)row.Priority.Value) ?? Reports.Spread.Of([]));
        }
        Spread("all priorities", report.Overall.Time, expected.TimeToResolve);
    }

    private void Spread(string label, DurationSummary got, Spread want)
    {
        Differ($"time to resolve {label}: resolved", got.Count, want.Count);
        Close($"time to resolve {label}: mean", got.Mean, want.Mean);
        Close($"time to resolve {label}: median", got.Median, want.Median);
        Close($"time to resolve {label}: 90th percentile", got.Percentile90, want.P90);
    }

    private void Hops(HopsReport report)
    {
        Differ("hops: resolved", report.Resolved, expected.Resolved);
        for (var i = 0; i < expected.Hops.Length; i++) Differ($"hops: {HopsReport.BucketNames[i]}", report.Buckets.ElementAtOrDefault(i), expected.Hops[i]);
        Differ("hops: mean", Round(report.Mean), Round(expected.MeanHops));
    }

    private void Reopens(ReopensReport report)
    {
        Differ("reopens: resolved", report.Resolved, expected.Resolved);
        Differ("reopens: reopened", report.Reopened, expected.Reopened);
    }

    private void FirstContact(FirstContactReport report)
    {
        Differ("first contact: resolved", report.Resolved, expected.ResolvedIncidentsAndRequests);
        Differ("first contact: only the SOC", report.OnlySoc, expected.FirstContactAtSoc);
    }

    private void Backlog(BacklogReport report)
    {
        foreach (var row in report.Priorities)
        {
            var want = expected.Backlog.GetValueOrDefault((int)row.Priority!.Value) ?? new int[ExpectedFigures.AgeBands.Length];
            for (var i = 0; i < want.Length; i++) Differ($"backlog {row.Priority} {ExpectedFigures.AgeBands[i]}", row.Ages[i], want[i]);
        }
        for (var i = 0; i < ExpectedFigures.AgeBands.Length; i++)
            Differ($"backlog all {ExpectedFigures.AgeBands[i]}", report.Overall.Ages[i], expected.Backlog.Values.Sum(b => b[i]));
    }

    private void Relay(RelayReport report)
    {
        var got = report.Records.ToDictionary(r => data.SourceOf.GetValueOrDefault(r.RecordId) ?? r.Number);
        var want = expected.Relay.ToDictionary(r => r.SourceNumber);
        foreach (var source in got.Keys.Union(want.Keys).Order(StringComparer.Ordinal))
        {
            if (!got.TryGetValue(source, out var a)) { differences.Add($"relay {source}: breached by the CSV, not in the report"); continue; }
            if (!want.TryGetValue(source, out var b)) { differences.Add($"relay {source}: in the report, not breached by the CSV"); continue; }
            Differ($"relay {source}: target", a.Target, b.Target);
            Differ($"relay {source}: used", a.Used, b.Used);
            var shares = a.Shares.GroupBy(s => data.GroupName[s.GroupId]).ToDictionary(g => g.Key, g => g.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Used));
            foreach (var group in shares.Keys.Union(b.Shares.Keys).Order(StringComparer.Ordinal))
            {
                Differ($"relay {source}: share of {group} (%)", RelayReport.Percent(shares.GetValueOrDefault(group), a.Target) ?? 0,
                    Math.Round(b.Shares.GetValueOrDefault(group).Ticks * 100.0 / b.Target.Ticks, 1, MidpointRounding.AwayFromZero));
            }
        }
    }

    private static ExpectedClockKind Kind(OlaTargetKind kind) => kind switch
    {
        OlaTargetKind.Response => ExpectedClockKind.Response,
        OlaTargetKind.Resolution => ExpectedClockKind.Resolution,
        _ => ExpectedClockKind.RecordTarget,
    };

    private static string Round(double? value) => value is { } v ? v.ToString("0.000000", CultureInfo.InvariantCulture) : "-";

    /// <summary>Durations agree to the second (averages of whole minutes, so only floating-point noise may differ).</summary>
    private void Close(string figure, TimeSpan? got, TimeSpan? want)
    {
        if (got is null != want is null || got is { } a && want is { } b && (a - b).Duration() >= TimeSpan.FromSeconds(1))
            differences.Add($"{figure}: OpsBoard {got} / CSV {want}");
    }

    private void Differ<T>(string figure, T opsBoard, T csv)
    {
        if (!EqualityComparer<T>.Default.Equals(opsBoard, csv)) differences.Add($"{figure}: OpsBoard {opsBoard} / CSV {csv}");
    }
}

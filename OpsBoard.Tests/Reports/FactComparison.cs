using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Reports;

/// <summary>
/// Compares OpsBoard's report facts with the test's replay, record by record (joined by source number): the record's
/// fields, its clocks that ended or breached in the period, and its relay shares. One line per record that differs.
/// </summary>
public sealed class FactComparison(HistoryImportFixture data, ExpectedRequest request)
{
    private readonly SortedDictionary<string, List<string>> byRecord = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Compare(ReportFacts facts)
    {
        CompareRecords(facts);
        CompareClocks(facts);
        CompareRelay(facts);
        return [.. byRecord.Select(r => $"{r.Key}: {string.Join("; ", r.Value)}")];
    }

    private void CompareRecords(ReportFacts facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The contract carries the source number; said once for all the records that lack it rather than per record.
        var unnumbered = facts.Records.Count(f => f.SourceNumber is null && data.SourceOf.GetValueOrDefault(f.Id) is not null);
        if (unnumbered > 0) Note("(all records)", $"RecordFact.SourceNumber is empty on {unnumbered} imported records (joined by the record's id instead)");
        foreach (var fact in facts.Records)
        {
            if (Source(fact.Id) is not { } source) continue;
            seen.Add(source);
            var e = data.BySource[source];
            if (fact.SourceNumber is not null) Differ(source, "SourceNumber", fact.SourceNumber, source);
            Differ(source, "Kind", fact.Kind, RecordKind.Incident);
            Differ(source, "Service", data.ServiceName[fact.ServiceId], e.Service);
            Differ(source, "Group", data.GroupName[fact.GroupId], e.Group);
            Differ(source, "Priority", (int)fact.Priority, e.Priority);
            Differ(source, "OpenedAt", HistoryReportTests.Show(fact.OpenedAt), HistoryReportTests.Show(e.OpenedAt));
            Differ(source, "ResolvedAt", HistoryReportTests.Show(fact.ResolvedAt), HistoryReportTests.Show(e.ResolvedAt));
            Differ(source, "ReassignmentCount", fact.ReassignmentCount, e.ReassignmentCount);
            Differ(source, "ReopenCount", fact.ReopenCount, e.ReopenCount);
            Differ(source, "OnlySoc", fact.OnlySoc, e.OnlySoc);
            Differ(source, "OpenAtTo", fact.OpenAtTo, e.OpenAt(request.To));
        }
        // Every record a figure counts must be among the facts.
        foreach (var e in data.Expected.Where(request.RecordMatches))
        {
            if (seen.Contains(e.SourceNumber)) continue;
            if (request.InPeriod(e.OpenedAt) || request.InPeriod(e.ResolvedAt) || e.OpenAt(request.To))
                Note(e.SourceNumber, $"missing from the facts (opened {HistoryReportTests.Show(e.OpenedAt)}, resolved {HistoryReportTests.Show(e.ResolvedAt)}, open at To {e.OpenAt(request.To)})");
        }
    }

    private void CompareClocks(ReportFacts facts)
    {
        var expected = new Dictionary<(string, ExpectedClockKind, int), (ExpectedIncident Incident, ExpectedClock Clock)>();
        foreach (var incident in data.Expected)
        {
            foreach (var clock in incident.Clocks.Where(c => request.ClockMatches(incident, c)))
            {
                if (request.InPeriod(clock.StoppedAt) || request.InPeriod(clock.BreachedAt(data.Now)))
                    expected[(incident.SourceNumber, clock.Kind, clock.Segment)] = (incident, clock);
            }
        }
        var seen = new HashSet<(string, ExpectedClockKind, int)>();
        foreach (var fact in facts.Clocks)
        {
            if (Source(fact.RecordId) is not { } source) continue;
            var kind = Kind(fact.Kind);
            var key = (source, kind, fact.Segment);
            var label = Label(kind, fact.Segment);
            if (!seen.Add(key))
            {
                Note(source, $"{label}: twice in the facts");
                continue;
            }
            if (!expected.TryGetValue(key, out var e))
            {
                var replayed = data.BySource[source].Clocks.FirstOrDefault(c => c.Kind == kind && c.Segment == fact.Segment);
                Note(source, replayed is null
                    ? $"{label}: in the facts, but the CSV gives no such clock"
                    : $"{label}: in the facts (stopped {HistoryReportTests.Show(fact.StoppedAt)}, breached {HistoryReportTests.Show(fact.BreachedAt)}), but by the CSV it neither ended nor breached in the period (stopped {HistoryReportTests.Show(replayed.StoppedAt)}, breached {HistoryReportTests.Show(replayed.BreachedAt(data.Now))})");
                continue;
            }
            var group = e.Clock.Group ?? e.Incident.Group;
            Differ(source, $"{label} group", fact.GroupId is { } id ? data.GroupName[id] : "(none)", group);
            Differ(source, $"{label} start", HistoryReportTests.Show(fact.Start), HistoryReportTests.Show(e.Clock.Start));
            Differ(source, $"{label} stopped", HistoryReportTests.Show(fact.StoppedAt), HistoryReportTests.Show(e.Clock.StoppedAt));
            Differ(source, $"{label} stop reason", fact.StopReason?.ToString() ?? "(none)", e.Clock.StopReason?.ToString() ?? "(none)");
            Differ(source, $"{label} breached", HistoryReportTests.Show(fact.BreachedAt), HistoryReportTests.Show(e.Clock.BreachedAt(data.Now)));
        }
        foreach (var (key, e) in expected.Where(x => !seen.Contains(x.Key)))
        {
            Note(key.Item1, $"{Label(key.Item2, key.Item3)}: missing from the facts (by the CSV: group {e.Clock.Group ?? e.Incident.Group}, stopped {HistoryReportTests.Show(e.Clock.StoppedAt)}, breached {HistoryReportTests.Show(e.Clock.BreachedAt(data.Now))})");
        }
    }

    private void CompareRelay(ReportFacts facts)
    {
        var until = data.Now < request.To ? data.Now : request.To;
        var expected = data.Expected
            .Where(i => request.ClockMatches(i, i.RecordTarget) && request.InPeriod(i.RecordTarget.BreachedAt(data.Now)))
            .ToDictionary(i => i.SourceNumber, i => Relay.SharesOf(i, until));
        var actual = facts.Relay.GroupBy(s => Source(s.RecordId) ?? "?").ToDictionary(g => g.Key, g => g.ToList());
        foreach (var source in expected.Keys.Union(actual.Keys))
        {
            if (!actual.TryGetValue(source, out var shares))
            {
                Note(source, "relay: no shares in the facts, but its own target breached in the period by the CSV");
                continue;
            }
            if (!expected.TryGetValue(source, out var want))
            {
                Note(source, "relay: shares in the facts, but by the CSV its own target did not breach in the period");
                continue;
            }
            Differ(source, "relay target", shares[0].Target, data.BySource[source].RecordTarget.Target);
            var got = shares.GroupBy(s => data.GroupName[s.GroupId]).ToDictionary(g => g.Key, g => g.Aggregate(TimeSpan.Zero, (a, s) => a + s.Used));
            // A hold that used none of the budget may be listed or not; every other share must agree to the tick.
            foreach (var group in got.Keys.Union(want.Keys).Order(StringComparer.Ordinal))
            {
                var a = got.GetValueOrDefault(group);
                var b = want.GetValueOrDefault(group);
                if (a != b) Note(source, $"relay share of {group}: OpsBoard {a} / CSV {b}");
            }
        }
    }

    private string? Source(long recordId)
    {
        if (data.SourceOf.TryGetValue(recordId, out var source) && source is not null && data.BySource.ContainsKey(source)) return source;
        Note($"record #{recordId}", "in the facts but not an imported incident of the sample");
        return null;
    }

    private static ExpectedClockKind Kind(OlaTargetKind kind) => kind switch
    {
        OlaTargetKind.Response => ExpectedClockKind.Response,
        OlaTargetKind.Resolution => ExpectedClockKind.Resolution,
        OlaTargetKind.RecordResolution => ExpectedClockKind.RecordTarget,
        _ => throw new InvalidOperationException($"A {kind} clock is never in a report's facts."),
    };

    private static string Label(ExpectedClockKind kind, int segment) => kind == ExpectedClockKind.RecordTarget ? "record target" : $"{kind} {segment}";

    private void Differ<T>(string source, string field, T opsBoard, T csv)
    {
        if (!EqualityComparer<T>.Default.Equals(opsBoard, csv)) Note(source, $"{field} OpsBoard {opsBoard} / CSV {csv}");
    }

    private void Note(string source, string difference)
    {
        if (!byRecord.TryGetValue(source, out var list)) byRecord[source] = list = [];
        list.Add(difference);
    }
}

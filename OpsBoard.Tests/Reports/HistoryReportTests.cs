using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Reports;

/// <summary>
/// Issue 8: the whole ServiceNow sample imported, and every report figure checked against the test's own computation from
/// the CSV (no OpsBoard code), first record by record (facts joined by source number), then figure by figure.
/// </summary>
public sealed class HistoryReportTests(HistoryImportFixture data) : IClassFixture<HistoryImportFixture>
{
    private static DateTimeOffset Midnight(int year, int month, int day) => SourceCalendar.LocalMidnight(new DateOnly(year, month, day));

    public static TheoryData<string> Requests => [.. RequestNames];

    private static readonly string[] RequestNames =
        ["whole span", "March 2016 (BST begins)", "busiest service", "busiest resolver group", "the SOC group", "P2", "half of June 2016 (a backlog)"];

    /// <summary>The test's request and OpsBoard's, built from the same words.</summary>
    private (ExpectedRequest Expected, ReportRequest Request) RequestFor(string name)
    {
        var whole = (From: Midnight(2016, 2, 29), To: Midnight(2017, 2, 18));
        switch (name)
        {
            case "whole span":
                return (new ExpectedRequest(whole.From, whole.To), new ReportRequest(whole.From, whole.To));
            case "March 2016 (BST begins)":
                return (new ExpectedRequest(Midnight(2016, 3, 1), Midnight(2016, 4, 1)), new ReportRequest(Midnight(2016, 3, 1), Midnight(2016, 4, 1)));
            case "busiest service":
            {
                var service = data.Expected.GroupBy(i => i.Service).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                return (new ExpectedRequest(whole.From, whole.To, Services: new HashSet<string> { service }),
                    new ReportRequest(whole.From, whole.To, Services: [data.ServiceId(service)]));
            }
            case "busiest resolver group":
            {
                var group = data.Expected.GroupBy(i => i.Group).Where(g => g.Key != IncidentReplay.Soc)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                return (new ExpectedRequest(whole.From, whole.To, Groups: new HashSet<string> { group }),
                    new ReportRequest(whole.From, whole.To, Groups: [data.GroupId(group)]));
            }
            case "the SOC group":
                return (new ExpectedRequest(whole.From, whole.To, Groups: new HashSet<string> { IncidentReplay.Soc }),
                    new ReportRequest(whole.From, whole.To, Groups: [data.GroupId(IncidentReplay.Soc)]));
            case "P2":
                return (new ExpectedRequest(whole.From, whole.To, Priorities: new HashSet<int> { 2 }),
                    new ReportRequest(whole.From, whole.To, Priorities: [Priority.P2]));
            default:
                return (new ExpectedRequest(Midnight(2016, 6, 1), Midnight(2016, 6, 16)), new ReportRequest(Midnight(2016, 6, 1), Midnight(2016, 6, 16)));
        }
    }

    [Fact]
    public void Import_ReadsEveryRow_ImportsEveryIncident_AndRefusesWhatTheCheckRefuses()
    {
        Assert.Equal(28_513, data.Log.RowsRead);
        Assert.Equal(data.Log.RowsRead, data.First.RowsRead);
        Assert.Equal(4_977, data.Expected.Count);
        Assert.Equal(4_977, data.First.Imported);
        Assert.Equal(0, data.First.AlreadyImported);
        // The rows the test's own reader cannot take (the README's -100 states among them) are the ones refused, by line.
        Assert.Equal(data.Log.Problems.Select(p => p.Line), data.First.Problems.Select(p => p.Line));
        Assert.Equal(4_977, data.AfterFirst.Records);
        Assert.Equal(0, data.AfterFirst.Alerts);
    }

    [Fact]
    public void SecondImport_ImportsNothing_AndChangesNothing()
    {
        Assert.Equal(0, data.Second.Imported);
        Assert.Equal(4_977, data.Second.AlreadyImported);
        Assert.Equal(data.First.Problems.Select(p => p.Line), data.Second.Problems.Select(p => p.Line));
        Assert.Equal(data.AfterFirst with { }, data.AfterSecond);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Facts_MatchTheIndependentComputation_RecordByRecord(string name)
    {
        var (expected, request) = RequestFor(name);
        var facts = await data.App.Services.GetRequiredService<ReportFactsReader>().ReadAsync(request, Viewers.Admin);
        var differences = new FactComparison(data, expected).Compare(facts);
        Assert.True(differences.Count == 0, Describe($"{name}, facts", differences));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryFigure_OfEveryReport_MatchesTheIndependentComputation(string name)
    {
        var (expected, request) = RequestFor(name);
        var results = await data.App.Services.GetRequiredService<ReportRunner>().RunAsync(Enum.GetValues<ReportName>(), request, Viewers.Admin);
        var figures = ExpectedFigures.For(data.Expected, expected, data.Now);
        var differences = new FigureComparison(data, expected, figures).Compare(results.Select(r => r.Figures).ToList());
        Assert.True(differences.Count == 0, Describe($"{name}, figures", differences));
        // The request is not empty: a check that compares nothing proves nothing.
        Assert.True(figures.Resolved + figures.Backlog.Values.Sum(b => b.Sum()) > 0, $"{name}: nothing resolved or open.");
    }

    /// <summary>The first 20 differences in the message; all of them in a file beside it, to read down to the record.</summary>
    private static string Describe(string request, IReadOnlyList<string> differences)
    {
        var path = Path.Combine(Path.GetTempPath(), $"opsboard-report-check-{string.Concat(request.Where(char.IsLetterOrDigit))}.txt");
        File.WriteAllLines(path, differences);
        return $"{request}: {differences.Count} differences between OpsBoard and the independent computation from the CSV (all in {path}); the first 20:\n" +
            string.Join('\n', differences.Take(20));
    }

    internal static string Show(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "(none)";
}

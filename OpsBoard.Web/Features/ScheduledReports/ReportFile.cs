using System.Globalization;
using System.Text.RegularExpressions;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>
/// One file a scheduled run wrote: "2026-11-29-daily.html" (every report of the period) or "2026-11-29-daily-volumes.csv"
/// (one report). Only names of this shape are listed or served, so no other file in or outside the folder can be reached.
/// </summary>
public sealed partial record ReportFile(string Name, ReportPeriod Period, ReportName? Report, long Bytes)
{
    public bool IsHtml => Report is null;

    public string ContentType => IsHtml ? "text/html; charset=utf-8" : "text/csv; charset=utf-8";

    public static string HtmlName(ReportPeriod period) => $"{period.Stem}.html";

    public static string CsvName(ReportPeriod period, ReportName report) => $"{period.Stem}-{report.Slug()}.csv";

    /// <summary>What <paramref name="name"/> names, or null when it is no scheduled report's name.</summary>
    public static (ReportPeriod Period, ReportName? Report)? Read(string name)
    {
        if (Shape().Match(name) is not { Success: true } match) return null;
        if (!DateOnly.TryParseExact(match.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)) return null;
        var schedule = Enum.Parse<ReportSchedule>(match.Groups["schedule"].Value, ignoreCase: true);
        var html = match.Groups["extension"].Value == "html";
        var slug = match.Groups["report"].Value;
        if (html != (slug.Length == 0)) return null;
        ReportName? report = null;
        if (!html)
        {
            report = Enum.GetValues<ReportName>().Cast<ReportName?>().FirstOrDefault(r => r!.Value.Slug() == slug);
            if (report is null) return null;
        }
        return (ReportPeriod.Starting(schedule, first), report);
    }

    [GeneratedRegex("^(?<day>[0-9]{4}-[0-9]{2}-[0-9]{2})-(?<schedule>daily|weekly|monthly)(-(?<report>[a-z]+(-[a-z]+)*))?\\.(?<extension>csv|html)$")]
    private static partial Regex Shape();
}

using System.Net;
using System.Text;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>
/// One plain HTML page with every report of a period as a table: self-contained (its styles inline, no scripts, no links
/// out), readable on its own when mailed or archived, with headed columns and captions for screen readers.
/// </summary>
public static class ReportHtml
{
    public static string Write(ReportPeriod period, IReadOnlyList<ReportTable> tables, DateTimeOffset writtenAt)
    {
        var title = $"OpsBoard {period.Schedule.ToString().ToLowerInvariant()} reports: {period.Describe()}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;color:#1b1b1b;margin:2rem;max-width:70rem}")
            .Append("table{border-collapse:collapse;margin:0 0 2rem}caption{text-align:left;font-weight:600;padding:.25rem 0}")
            .Append("th,td{border:1px solid #6b6b6b;padding:.25rem .5rem;text-align:left}thead th{background:#e8e8e8}")
            .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}</style>\n</head>\n<body>\n<header>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n")
            .Append("<p>From ").Append(E(LondonTime.Format(period.From))).Append(" to ").Append(E(LondonTime.Format(period.To)))
            .Append(" (Europe/London). Written ").Append(E(LondonTime.Format(writtenAt))).Append(" by the scheduled run.</p>\n")
            .Append("<p>").Append(E(ScheduledReportJob.Scope)).Append("</p>\n</header>\n<main>\n");
        foreach (var table in tables)
        {
            var id = table.Name.Slug();
            html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(E(table.Title)).Append("</h2>\n");
            if (table.Rows.Count == 0)
            {
                html.Append("<p>Nothing to report for this period.</p>\n</section>\n");
                continue;
            }
            html.Append("<table>\n<caption>").Append(E(table.Title)).Append(", ").Append(E(period.Describe())).Append("</caption>\n<thead><tr>");
            foreach (var column in table.Columns) html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    // The first cell names the row (a day, a group, a priority), so it heads the row for screen readers.
                    if (i == 0) html.Append("<th scope=\"row\">").Append(E(row[i])).Append("</th>");
                    else html.Append(IsNumber(row[i]) ? "<td class=\"n\">" : "<td>").Append(E(row[i])).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n</section>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static bool IsNumber(string cell) => cell.Length > 0 && double.TryParse(cell.TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

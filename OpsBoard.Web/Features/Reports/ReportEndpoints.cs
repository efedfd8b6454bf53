using System.Globalization;
using System.Text;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Cmdb.Csv;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Reports;

/// <summary>GET /api/reports/{name}.csv: a report's table as CSV, the same cells the page shows.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports").WithTags("Reports");
        reports.MapGet("/{name}.csv", CsvAsync).RequireAuthorization(Policies.Read)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A report's table as CSV (header row, then the rows as the page shows them). Period: period=today|last-7-days|last-30-days|this-month|last-month, "
                + "or from and to (dates such as 2026-11-01, whole Europe/London days with both ends included, or times such as 2026-11-01T00:00:00Z, the end excluded). "
                + "Filters, each repeatable: services, groups (ids), priorities (P1..P5), kinds (Incident, ServiceRequest, Event).");
        return endpoints;
    }

    private static async Task<IResult> CsvAsync(string name, HttpRequest http, ReportRunner runner, Actor actor, TimeProvider time, CancellationToken ct)
    {
        if (ReportSlugs.FromSlug(name) is not { } report)
        {
            return TypedResults.Problem($"There is no report named \"{name}\"; the reports are {ReportSlugs.Known}.", statusCode: StatusCodes.Status404NotFound,
                title: "Report not found", extensions: new Dictionary<string, object?> { ["field"] = "name" });
        }
        var read = ReportQuery.Read(http.Query, time.GetUtcNow());
        if (read.Request is not { } request) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [read.Field!] = [read.Problem!] }, detail: read.Problem);
        var result = await runner.RunAsync(report, request, actor.User, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(ToCsv(result.Table)), "text/csv; charset=utf-8", FileName(report, request));
    }

    /// <summary>The table's columns and rows, as shown.</summary>
    public static string ToCsv(ReportTable table) => CsvWriter.Write([table.Columns, .. table.Rows]);

    public static string FileName(ReportName report, ReportRequest request) =>
        string.Create(CultureInfo.InvariantCulture, $"{report.Slug()}-{ReportQuery.Day(ReportPeriods.FirstDay(request.From))}-to-{ReportQuery.Day(ReportPeriods.LastDay(request.To))}.csv");
}

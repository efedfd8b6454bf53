using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary><c>GET /api/reports/files/{name}</c>: downloads one file a scheduled run wrote, by its name in the folder only.</summary>
public static class ReportFileEndpoints
{
    public static IEndpointRouteBuilder MapReportFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reports/files/{name}", Download)
            .RequireAuthorization(Policies.Read)
            .WithName("DownloadScheduledReport")
            .WithSummary("Download a scheduled report file (CSV or HTML) listed on /reports/scheduled.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static IResult Download(string name, ReportFolder folder) =>
        folder.Find(name) is { } file
            ? TypedResults.PhysicalFile(folder.FullPath(file), file.ContentType, file.Name)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report file",
                detail: $"No scheduled report file is named \"{name}\". Pick one from the list on Scheduled reports; names look like 2026-11-29-daily-volumes.csv.");
}

using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.HistoryImport;

public static class HistoryImportEndpoints
{
    /// <summary>The largest log one request may carry; a bigger history imports in several files (each is idempotent).</summary>
    public const long MaxImportBytes = 200L * 1024 * 1024;

    public static IEndpointRouteBuilder MapHistoryImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/history-import", ImportAsync).Accepts<string>("text/csv").Produces<ImportSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Imports a ServiceNow-style incident event log (CSV); incidents already imported are left as they were.");
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, HistoryImporter importer, Actor actor, CancellationToken ct, string? socGroup = null, string? timeZone = null)
    {
        if (request.ContentLength > MaxImportBytes)
        {
            return TypedResults.Problem($"The file is larger than {MaxImportBytes / 1024 / 1024} MB; split it by incident into smaller files.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
        }
        var options = new ImportOptions(socGroup, string.IsNullOrWhiteSpace(timeZone) ? new ImportOptions().TimeZone : timeZone.Trim());
        var summary = await importer.ImportAsync(request.Body, options, actor.Name, progress: null, ct);
        return summary.Succeeded
            ? TypedResults.Ok(summary)
            : TypedResults.Problem(summary.FileProblem, statusCode: StatusCodes.Status400BadRequest, title: "The file cannot be imported");
    }
}

using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>CSV export and import of the CMDB's lists for administrators: GET /api/cmdb/{kind}.csv and POST /api/cmdb/{kind}/import.</summary>
public static class CmdbAdminEndpoints
{
    public const int MaxImportBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCmdbAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var cmdb = endpoints.MapGroup("/api/cmdb").WithTags("CMDB").RequireAuthorization(Policies.Administer);
        cmdb.MapGet("/{kind}.csv", ExportAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A CMDB list (services, configuration-items, support-groups or people) as CSV with a header row; references are by name, people by email.");
        cmdb.MapPost("/{kind}/import", ImportAsync).Accepts<string>("text/csv").Produces<ImportPreview>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Reads a CSV of the list (the export's shape). With dryRun=true (the default) it only previews; with dryRun=false it saves every row in one transaction, and nothing when any row has an error (listed by line and column).");
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string kind, CmdbAdmin admin, CancellationToken ct)
    {
        if (CmdbKinds.FromSlug(kind) is not { } found) return UnknownKind(kind);
        var csv = await admin.ExportAsync(found, ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{found.Slug()}.csv");
    }

    private static async Task<IResult> ImportAsync(string kind, HttpRequest request, CmdbAdmin admin, Actor actor, CancellationToken ct, bool dryRun = true)
    {
        if (CmdbKinds.FromSlug(kind) is not { } found) return UnknownKind(kind);
        if (request.ContentLength > MaxImportBytes) return TooLarge();
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxImportBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, ct);
        if (read > MaxImportBytes) return TooLarge();
        var preview = await admin.ImportAsync(found, new string(buffer, 0, read), apply: !dryRun, actor.Name, ct);
        if (preview.Errors.Count == 0) return TypedResults.Ok(preview);
        return TypedResults.ValidationProblem(
            preview.Errors.GroupBy(e => $"line {e.Line}").ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}: {e.Problem}").ToArray()),
            detail: $"Nothing was imported: {preview.Errors.Count} {(preview.Errors.Count == 1 ? "row has an error" : "errors")}. Correct the file and send it again.",
            title: "The file has errors",
            extensions: new Dictionary<string, object?> { ["rowErrors"] = preview.Errors, ["rows"] = preview.Rows });
    }

    private static ProblemHttpResult UnknownKind(string kind) => TypedResults.Problem(
        $"There is no CMDB list called \"{kind}\"; use one of {CmdbKinds.SlugList}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown CMDB list");

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"The file is larger than {MaxImportBytes / 1024 / 1024} MB; split it into smaller files.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
}

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Cmdb;

public static class CmdbEndpoints
{
    public static IEndpointRouteBuilder MapCmdbEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/catalogue", async (CmdbCatalogue catalogue, CancellationToken ct) => TypedResults.Ok(await catalogue.GetAsync(ct)))
            .RequireAuthorization(Policies.Read).WithTags("CMDB").WithSummary("Services with their configuration items, and support groups with their people: the ids the record API takes.");
        return endpoints;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Recording;

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Events;

/// <summary>The admin API for integrations (issue, list, revoke) and a read of the routing rules.</summary>
public static class IntegrationEndpoints
{
    public static IEndpointRouteBuilder MapIntegrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var integrations = endpoints.MapGroup("/api/integrations").WithTags("Integrations").RequireAuthorization(Policies.Administer);
        integrations.MapGet("/", async (IntegrationAdmin admin, CancellationToken ct) => TypedResults.Ok((await admin.ListAsync(ct)).Integrations))
            .WithSummary("Every integration with its key's last characters, when it was last used, and whether it is revoked; never a key.");
        integrations.MapPost("/", IssueAsync).Accepts<IssueIntegrationRequest>("application/json")
            .Produces<IssuedIntegration>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Issues an integration for a service; the answer holds its key, the only time it is given out.");
        integrations.MapPost("/{id:int}/revoke", RevokeAsync).Produces<IntegrationView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Revokes an integration's key: events sent with it are refused from now on.");
        endpoints.MapGet("/api/routing-rules", async (RoutingRuleAdmin admin, CancellationToken ct) => TypedResults.Ok((await admin.ListAsync(ct)).Rules))
            .RequireAuthorization(Policies.Administer).WithTags("Integrations").WithSummary("The routing rules in the order they are tried; the first enabled rule that matches picks the group.");
        return endpoints;
    }

    private static async Task<Results<Created<IssuedIntegration>, ValidationProblem>> IssueAsync(
        IssueIntegrationRequest? request, IntegrationAdmin admin, Actor actor, CancellationToken ct)
    {
        var issued = await admin.IssueAsync(request?.Name, request?.ServiceId, actor.Name, ct);
        if (issued.Issued is not { } integration) return Invalid(issued.Result);
        return TypedResults.Created($"/api/integrations/{integration.Integration.Id}", integration);
    }

    private static async Task<Results<Ok<IntegrationView>, ProblemHttpResult>> RevokeAsync(int id, IntegrationAdmin admin, Actor actor, CancellationToken ct)
    {
        var result = await admin.RevokeAsync(id, actor.Name, ct);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Integration not found");
        }
        var list = await admin.ListAsync(ct);
        return TypedResults.Ok(list.Integrations.Single(i => i.Id == id));
    }

    private static ValidationProblem Invalid(AdminResult result) => TypedResults.ValidationProblem(
        result.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }),
        detail: result.Message, title: "The integration was not issued: fix the fields named below.");
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OpsBoard.Web.Features.Access;

/// <summary>Personal access tokens (each person their own) and kiosk links (admins) over the API; secrets are in the answer once.</summary>
public static class AccessEndpoints
{
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var tokens = endpoints.MapGroup("/api/tokens").WithTags("Access").RequireAuthorization(Policies.Read);
        tokens.MapGet("/", async (ClaimsPrincipal user, AccessTokens store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(UserId(user), ct)))
            .WithSummary("Your personal access tokens: name, last characters, created, last used, revoked; never a token.");
        tokens.MapPost("/", IssueTokenAsync).WithSummary("Creates a personal access token with your roles; the answer holds it, the only time it is given out.");
        tokens.MapPost("/{id:int}/revoke", async Task<Results<NoContent, ProblemHttpResult>> (int id, ClaimsPrincipal user, AccessTokens store, Recording.Actor actor, CancellationToken ct) =>
                await store.RevokeAsync(id, UserId(user), actor.Name, ct) ? TypedResults.NoContent() : NotFound("access token", id))
            .WithSummary("Revokes one of your access tokens: calls with it are refused from now on.");

        var kiosk = endpoints.MapGroup("/api/kiosk-links").WithTags("Access").RequireAuthorization(Policies.Administer);
        kiosk.MapGet("/", async (KioskLinks links, CancellationToken ct) => TypedResults.Ok(await links.ListAsync(ct)))
            .WithSummary("Every kiosk link with its scope, last use and whether it is revoked; never a link's secret.");
        kiosk.MapPost("/", IssueKioskLinkAsync).WithSummary("Issues a read-only kiosk link for a wall screen, limited to groups and services; the answer holds its address once.");
        kiosk.MapPost("/{id:int}/revoke", async Task<Results<NoContent, ProblemHttpResult>> (int id, KioskLinks links, Recording.Actor actor, CancellationToken ct) =>
                await links.RevokeAsync(id, actor.Name, ct) ? TypedResults.NoContent() : NotFound("kiosk link", id))
            .WithSummary("Revokes a kiosk link: its wall screen stops at its next request.");
        return endpoints;
    }

    private static async Task<Results<Created<IssuedToken>, ValidationProblem>> IssueTokenAsync(
        NewTokenRequest? request, ClaimsPrincipal user, AccessTokens store, Recording.Actor actor, CancellationToken ct)
    {
        if (AccessTokens.NameProblem(request?.Name) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [problem] }, title: "The token was not created.");
        }
        var (token, secret) = await store.IssueAsync(UserId(user), request!.Name!, actor.Name, ct: ct);
        return TypedResults.Created($"/api/tokens/{token.Id}", new IssuedToken(token.Id, token.Name, secret));
    }

    private static async Task<Results<Created<IssuedKioskLink>, ValidationProblem>> IssueKioskLinkAsync(
        NewKioskLinkRequest? request, KioskLinks links, Recording.Actor actor, HttpRequest http, CancellationToken ct)
    {
        if (KioskLinks.NameProblem(request?.Name) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [problem] }, title: "The kiosk link was not issued.");
        }
        var (link, secret) = await links.IssueAsync(request!.Name!, request.Groups ?? [], request.Services ?? [], actor.Name, ct);
        return TypedResults.Created($"/api/kiosk-links/{link.Id}", new IssuedKioskLink(link.Id, link.Name, $"{http.Scheme}://{http.Host}{KioskLinks.PathPrefix}/{secret}"));
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user has no id.");

    private static ProblemHttpResult NotFound(string what, int id) =>
        TypedResults.Problem($"There is no {what} {id} of yours.", statusCode: StatusCodes.Status404NotFound, title: $"No such {what}");
}

public sealed record NewTokenRequest(string? Name);

public sealed record IssuedToken(int Id, string Name, string Token);

public sealed record NewKioskLinkRequest(string? Name, int[]? Groups, int[]? Services);

public sealed record IssuedKioskLink(int Id, string Name, string Url);

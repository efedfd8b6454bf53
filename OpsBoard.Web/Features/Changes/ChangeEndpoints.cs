using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Domain.Changes;
using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;

using OpsBoard.Web.Features.Problems;

namespace OpsBoard.Web.Features.Changes;

public static class ChangeEndpoints
{
    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var changes = endpoints.MapGroup("/api/changes").WithTags("Changes");
        changes.MapGet("/", List).RequireAuthorization(Policies.Read).WithSummary("Changes, newest first, by status and text.");
        changes.MapPost("/", Open).RequireAuthorization(Policies.Act).Accepts<ChangeDraft>("application/json")
            .Produces<ChangeView>(StatusCodes.Status201Created).ProducesValidationProblem().WithSummary("Requests a change.");
        changes.MapGet("/{number}", Get).RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One change with its linked records and history.");
        changes.MapPost("/{number}/actions", Act).RequireAuthorization(Policies.Act).Accepts<ChangeActionRequest>("application/json")
            .Produces<ChangeView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Approve, schedule (with a planned window), implement, close or cancel (with a reason).");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<ChangeRow>>> List(ChangeReader reader, Actor actor, ChangeStatus? status, string? text, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(status, text, actor.User, ct));

    private static async Task<Results<Ok<ChangeView>, ProblemHttpResult>> Get(string number, ChangeReader reader, Actor actor, CancellationToken ct) =>
        await reader.GetAsync(number.ToUpperInvariant(), actor.User, ct) is { } view
            ? TypedResults.Ok(view)
            : ChangeResults.Problem(WorkItemResults.NotFound("change", number.ToUpperInvariant()));

    private static async Task<IResult> Open(HttpRequest request, ChangeService changes, ChangeReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ChangeDraft>(request, ct);
        if (problem is not null) return problem;
        var result = await changes.RequestAsync(body!, actor.Name, ct);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        return TypedResults.Created($"/api/changes/{result.Number}", await reader.GetAsync(result.Number!, actor.User, ct));
    }

    private static async Task<IResult> Act(string number, HttpRequest request, ChangeService changes, ChangeReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ChangeActionRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await changes.ActAsync(number.ToUpperInvariant(), body!, actor.Name, ct);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        return TypedResults.Ok(await reader.GetAsync(result.Number!, actor.User, ct));
    }
}

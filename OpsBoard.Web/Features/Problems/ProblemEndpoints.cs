using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Domain.Problems;
using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Problems;

public static class ProblemEndpoints
{
    public static IEndpointRouteBuilder MapProblemEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var problems = endpoints.MapGroup("/api/problems").WithTags("Problems");
        problems.MapGet("/", List).RequireAuthorization(Policies.Read).WithSummary("Problems, newest first, by status and text.");
        problems.MapPost("/", Open).RequireAuthorization(Policies.Act).Accepts<ProblemDraft>("application/json")
            .Produces<ProblemView>(StatusCodes.Status201Created).ProducesValidationProblem().WithSummary("Opens a problem.");
        problems.MapGet("/{number}", Get).RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One problem with its linked records and history.");
        problems.MapPost("/{number}/actions", Act).RequireAuthorization(Policies.Act).Accepts<ProblemActionRequest>("application/json")
            .Produces<ProblemView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Investigate, record a known error (with its workaround), resolve (with a note) or close.");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<ProblemRow>>> List(ProblemReader reader, Actor actor, ProblemStatus? status, string? text, CancellationToken ct) =>
        TypedResults.Ok(await reader.ListAsync(status, text, actor.User, ct));

    private static async Task<Results<Ok<ProblemView>, ProblemHttpResult>> Get(string number, ProblemReader reader, Actor actor, CancellationToken ct) =>
        await reader.GetAsync(number.ToUpperInvariant(), actor.User, ct) is { } view
            ? TypedResults.Ok(view)
            : ChangeResults.Problem(WorkItemResults.NotFound("problem", number.ToUpperInvariant()));

    private static async Task<IResult> Open(HttpRequest request, ProblemService problems, ProblemReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ProblemDraft>(request, ct);
        if (problem is not null) return problem;
        var result = await problems.OpenAsync(body!, actor.Name, ct);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        return TypedResults.Created($"/api/problems/{result.Number}", await reader.GetAsync(result.Number!, actor.User, ct));
    }

    private static async Task<IResult> Act(string number, HttpRequest request, ProblemService problems, ProblemReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ProblemActionRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await problems.ActAsync(number.ToUpperInvariant(), body!, actor.Name, ct);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        return TypedResults.Ok(await reader.GetAsync(result.Number!, actor.User, ct));
    }
}

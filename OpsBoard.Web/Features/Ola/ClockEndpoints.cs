using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Recording;

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Ola;

public static class ClockEndpoints
{
    public static IEndpointRouteBuilder MapClockEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var records = endpoints.MapGroup("/api/records").WithTags("Clocks");
        records.MapGet("/{number}/clocks", Get).RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every OLA clock of a record: persisted state, time used and left now, due time, and the pieces that explain it.");
        return endpoints;
    }

    private static async Task<Results<Ok<RecordClocksView>, ProblemHttpResult>> Get(string number, ClockReader reader, Actor actor, CancellationToken ct)
    {
        var view = await reader.GetAsync(number.ToUpperInvariant(), actor.User, ct);
        return view is null
            ? ChangeResults.Problem(ChangeResult.NotFound(number.ToUpperInvariant()))
            : TypedResults.Ok(view);
    }
}

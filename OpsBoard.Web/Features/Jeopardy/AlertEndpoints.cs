using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Jeopardy;

public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var alerts = endpoints.MapGroup("/api/alerts").WithTags("Jeopardy alerts");
        alerts.MapGet("/", List).RequireAuthorization(Policies.Read).WithSummary("The open (unacknowledged) jeopardy alerts, nearest breach first, for the given groups and services.");
        alerts.MapPost("/{id:long}/acknowledge", Acknowledge).RequireAuthorization(Policies.RespondToAlerts).Accepts<AlertActionRequest>("application/json")
            .Produces<RecordView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Acknowledges an alert with a note of the action taken, and may reassign, escalate or chase at the same time; returns the record.");
        return endpoints;
    }

    private static async Task<Ok<OpenAlerts>> List(AlertReader reader, Actor actor, int[]? groups, int[]? services, CancellationToken ct) =>
        TypedResults.Ok(await reader.GetAsync(BoardFilter.Of(groups, services), actor.User, ct));

    private static async Task<IResult> Acknowledge(long id, HttpRequest request, AlertActionService actions, RecordReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<AlertActionRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await actions.ActAsync(id, body!, actor, ct);
        if (result.Succeeded) return TypedResults.Ok(await reader.GetAsync(result.Number!, actor.User, ct));
        return result.Failure == ChangeFailure.NotFound
            ? TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Alert not found",
                extensions: new Dictionary<string, object?> { ["field"] = "alert" })
            : ChangeResults.ToProblem(result);
    }
}

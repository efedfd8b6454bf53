using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;

namespace OpsBoard.Web.Features.Escalation;

/// <summary>/api/proposals: the open proposed major incidents, and a service manager's acceptance or dismissal of one.</summary>
public static class ProposalEndpoints
{
    public static IEndpointRouteBuilder MapProposalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var proposals = endpoints.MapGroup("/api/proposals").WithTags("Proposed major incidents");
        proposals.MapGet("/", List).RequireAuthorization(Policies.Read)
            .WithSummary("The open proposed major incidents, newest first: incidents on one service or configuration item within a few minutes.");
        proposals.MapPost("/{id:long}/accept", Accept).RequireAuthorization(Policies.RespondToAlerts).Accepts<ProposalAcceptRequest>("application/json")
            .Produces<RecordView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Declares one of the proposal's incidents (majorIncident, default the suggested one) a major incident run by managerId, links the others as its children; returns the major incident.");
        proposals.MapPost("/{id:long}/dismiss", Dismiss).RequireAuthorization(Policies.RespondToAlerts).Accepts<ProposalDismissRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Dismisses the proposal with a reason (required); its incidents are not proposed again.");
        return endpoints;
    }

    private static async Task<Ok<OpenProposals>> List(ProposalReader reader, Actor actor, CancellationToken ct) =>
        TypedResults.Ok(await reader.GetAsync(actor.User, ct));

    private static async Task<IResult> Accept(long id, HttpRequest request, ProposalDecisions decisions, RecordReader records, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ProposalAcceptRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await decisions.AcceptAsync(id, body!, actor, ct);
        return result.Succeeded ? TypedResults.Ok(await records.GetAsync(result.Number!, actor.User, ct)) : ToProblem(result);
    }

    private static async Task<IResult> Dismiss(long id, HttpRequest request, ProposalDecisions decisions, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ProposalDismissRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await decisions.DismissAsync(id, body!, actor, ct);
        return result.Succeeded ? TypedResults.NoContent() : ToProblem(result);
    }

    private static IResult ToProblem(ChangeResult result) => result.Failure == ChangeFailure.NotFound
        ? TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Proposal not found", extensions: new Dictionary<string, object?> { ["field"] = "proposal" })
        : ChangeResults.ToProblem(result);
}

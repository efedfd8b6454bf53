using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Queues;
using OpsBoard.Web.Features.Recording;

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Records;

public static class RecordEndpoints
{
    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var records = endpoints.MapGroup("/api/records").WithTags("Records");
        records.MapGet("/", Search).RequireAuthorization(Policies.Read).WithSummary("Pages, filters and sorts records.");
        records.MapPost("/", Open).RequireAuthorization(Policies.Record).Accepts<NewRecordRequest>("application/json")
            .Produces<RecordView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Opens an incident, service request or event.");
        records.MapGet("/{number}", Get).RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One record with its history and the actions allowed now.");
        records.MapPost("/{number}/actions", Act).RequireAuthorization(Policies.Act).Accepts<RecordActionRequest>("application/json")
            .Produces<RecordView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Assign, acknowledge, pend, resume, resolve, reopen, cancel, close, add a note, reclassify or override the priority.");
        return endpoints;
    }

    private static async Task<Ok<QueuePage>> Search(QueueService queue, Actor actor, int? groupId, Status? status, bool? openOnly,
        Priority? priority, RecordKind? kind, int? serviceId, string? text, int? page, int? pageSize, QueueSort? sort, bool? descending,
        CancellationToken ct)
    {
        var filter = new QueueFilter
        {
            GroupId = groupId, Status = status, OpenOnly = openOnly ?? false, Priority = priority, Kind = kind, ServiceId = serviceId, Text = text,
        };
        var result = await queue.SearchAsync(new QueueRequest(filter, page ?? 0, pageSize ?? 25, sort ?? QueueSort.Priority, descending ?? false), actor.User, ct);
        return TypedResults.Ok(result);
    }

    // TypedResults.Problem, not NotFound(ProblemDetails): only the former is sent as application/problem+json.
    // A security incident the caller may not see answers exactly as a record that does not exist.
    private static async Task<Results<Ok<RecordView>, ProblemHttpResult>> Get(string number, RecordReader reader, Actor actor, CancellationToken ct)
    {
        var view = await reader.GetAsync(number.ToUpperInvariant(), actor.User, ct);
        return view is null
            ? ChangeResults.Problem(ChangeResult.NotFound(number.ToUpperInvariant()))
            : TypedResults.Ok(view);
    }

    private static async Task<IResult> Open(HttpRequest request, RecordingService recording, RecordReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<NewRecordRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await recording.OpenAsync(body!, actor.Name, ct);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        // Someone who may not see security incidents (a SOC analyst) can record one: they are told its number, and no more.
        return await reader.GetAsync(result.Number!, actor.User, ct) is { } view
            ? TypedResults.Created($"/api/records/{result.Number}", view)
            : TypedResults.Created($"/api/records/{result.Number}", SecurityIncidentNotice.Recorded(result.Number!));
    }

    private static async Task<IResult> Act(string number, HttpRequest request, RecordActionService actions, RecordReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<RecordActionRequest>(request, ct);
        if (problem is not null) return problem;
        var result = await actions.ActAsync(number.ToUpperInvariant(), body!, actor, ct);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        return await reader.GetAsync(result.Number!, actor.User, ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Ok(SecurityIncidentNotice.Reclassified(result.Number!));
    }
}

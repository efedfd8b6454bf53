using OpsBoard.Web.Api;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>/api/major-incidents: the open ones, one with its timeline and children, and running one.</summary>
public static class MajorIncidentEndpoints
{
    public static IEndpointRouteBuilder MapMajorIncidentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/major-incidents").WithTags("Major incidents");
        group.MapGet("/", async (MajorIncidentReader reader, Actor actor, CancellationToken ct) => TypedResults.Ok(await reader.OpenAsync(actor.User, ct)))
            .RequireAuthorization(Policies.Read).WithSummary("The open major incidents, oldest first, with when each one's next update is due.");
        group.MapGet("/{number}", Get).RequireAuthorization(Policies.Read).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A major incident with its timeline, update-due clock and child incidents.");
        group.MapPost("/{number}/updates", PostUpdate).RequireAuthorization(Policies.Act).Accepts<PostUpdateRequest>("application/json")
            .WithSummary("Posts an update to the timeline; the next is due a full interval later.");
        group.MapPost("/{number}/update-interval", ChangeInterval).RequireAuthorization(Policies.Act).Accepts<UpdateIntervalRequest>("application/json")
            .WithSummary("Changes how often updates are due (5 to 240 minutes), from the next update on.");
        group.MapPost("/{number}/children", LinkChildren).RequireAuthorization(Policies.Act).Accepts<LinkChildrenRequest>("application/json")
            .WithSummary("Links incidents to the major incident as its children: all of them, or none with the reason for each.");
        group.MapPost("/{number}/children/{child}/unlink", UnlinkChild).RequireAuthorization(Policies.Act).Accepts<UnlinkChildRequest>("application/json")
            .WithSummary("Unlinks a child incident that was not part of the outage after all.");
        group.MapPost("/{number}/resolve", Resolve).RequireAuthorization(Policies.Act).Accepts<ResolveMajorIncidentRequest>("application/json")
            .WithSummary("Resolves the major incident and, unless resolveChildren is false, its open children with the same resolution.");
        group.MapPost("/{number}/hand-over", HandOver).RequireAuthorization(Policies.Act).Accepts<HandOverRequest>("application/json")
            .WithSummary("Hands it over to problem management: to problemNumber, or to a new problem (title, ownerId); its children without a problem follow.");
        return endpoints;
    }

    private static Task<IResult> HandOver(string number, HttpRequest request, MajorIncidentService service, MajorIncidentReader reader, Actor actor, CancellationToken ct) =>
        RunAsync<HandOverRequest>(number, request, reader, actor, (body, n) => service.HandOverAsync(n, body, actor, ct), ct);

    private static async Task<IResult> Get(string number, MajorIncidentReader reader, Actor actor, CancellationToken ct)
    {
        number = number.ToUpperInvariant();
        return await reader.ForRecordAsync(number, actor.User, ct) is { Detail: { } detail }
            ? TypedResults.Ok(detail)
            : TypedResults.Problem($"There is no major incident {number}; check the number.", statusCode: StatusCodes.Status404NotFound, title: "Major incident not found");
    }

    private static Task<IResult> PostUpdate(string number, HttpRequest request, MajorIncidentService service, MajorIncidentReader reader, Actor actor, CancellationToken ct) =>
        RunAsync<PostUpdateRequest>(number, request, reader, actor, (body, n) => service.PostUpdateAsync(n, body.Text, actor, ct), ct);

    private static Task<IResult> ChangeInterval(string number, HttpRequest request, MajorIncidentService service, MajorIncidentReader reader, Actor actor, CancellationToken ct) =>
        RunAsync<UpdateIntervalRequest>(number, request, reader, actor, (body, n) => service.ChangeUpdateIntervalAsync(n, body.Minutes, actor, ct), ct);

    private static Task<IResult> LinkChildren(string number, HttpRequest request, MajorIncidentService service, MajorIncidentReader reader, Actor actor, CancellationToken ct) =>
        RunAsync<LinkChildrenRequest>(number, request, reader, actor, (body, n) => service.LinkChildrenAsync(n, body.Numbers ?? [], actor, ct), ct);

    private static Task<IResult> UnlinkChild(string number, string child, HttpRequest request, MajorIncidentService service, MajorIncidentReader reader, Actor actor, CancellationToken ct) =>
        RunAsync<UnlinkChildRequest>(number, request, reader, actor, (body, n) => service.UnlinkChildAsync(n, child, body.Note, actor, ct), ct);

    private static async Task<IResult> Resolve(string number, HttpRequest request, MajorIncidentService service, MajorIncidentReader reader, Actor actor, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<ResolveMajorIncidentRequest>(request, ct);
        if (problem is not null) return problem;
        var resolution = await service.ResolveAsync(number, body!.ResolutionCode, body.Note, body.ResolveChildren, actor, ct);
        if (!resolution.Result.Succeeded) return ChangeResults.ToProblem(resolution.Result);
        var detail = (await reader.ForRecordAsync(number.ToUpperInvariant(), actor.User, ct))?.Detail;
        return TypedResults.Ok(new { resolution.ChildrenResolved, resolution.ChildrenRefusal, MajorIncident = detail });
    }

    private static async Task<IResult> RunAsync<T>(string number, HttpRequest request, MajorIncidentReader reader, Actor actor, Func<T, string, Task<ChangeResult>> run, CancellationToken ct)
        where T : class
    {
        number = number.ToUpperInvariant();
        var (body, problem) = await JsonBody.ReadAsync<T>(request, ct);
        if (problem is not null) return problem;
        var result = await run(body!, number);
        if (!result.Succeeded) return ChangeResults.ToProblem(result);
        return await reader.ForRecordAsync(number, actor.User, ct) is { Detail: { } detail } ? TypedResults.Ok(detail) : TypedResults.NoContent();
    }
}

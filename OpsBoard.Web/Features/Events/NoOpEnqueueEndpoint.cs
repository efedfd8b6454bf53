using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// The event benchmark's reference: POST /api/v2/enqueue-noop does everything /api/v2/enqueue does (read the body within
/// the limit, parse it with <see cref="PagerDutyEvent.Read"/>, check the key and the rate) and answers the same 202, but
/// stores nothing, so the benchmark can tell what storing costs. Mapped only when <c>OpsBoard:Events:BenchmarkNoOp</c>
/// is true; off by default.
/// </summary>
public static class NoOpEnqueueEndpoint
{
    public const string Path = "/api/v2/enqueue-noop";

    public static IEndpointRouteBuilder MapNoOpEnqueueWhenBenchmarking(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<EventIntakeOptions>().BenchmarkNoOp) return endpoints;
        endpoints.MapPost(Path, EnqueueWithoutStoringAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> EnqueueWithoutStoringAsync(HttpRequest request, EventIntake intake, CancellationToken ct)
    {
        var (body, refusal) = await intake.ReadJsonAsync(request, ct);
        if (refusal is not null) return refusal;
        using (body)
        {
            var (routingKey, incoming, errors) = PagerDutyEvent.Read(body!.RootElement);
            var key = await intake.CheckKeyAsync(routingKey, ct);
            if (errors.Count > 0) return EventIntake.Invalid(routingKey is null || key.Problem is null ? errors : [.. errors, key.Problem]);
            if (key.IntegrationId is not { } integrationId) return EventIntake.KeyRefused(key, StatusCodes.Status400BadRequest);
            if (intake.Throttle(integrationId, 1) is { } throttled) return throttled;
            return Results.Json(new EnqueueAccepted("success", "Event processed", incoming!.DedupKey), statusCode: StatusCodes.Status202Accepted);
        }
    }
}

namespace OpsBoard.Web.Features.Events;

/// <summary>The event intake: PagerDuty's Events API v2 at /api/v2/enqueue.</summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v2/enqueue", EnqueueAsync)
            .WithName("EnqueueEvent")
            .WithSummary("Raise, acknowledge or resolve an event (PagerDuty Events API v2); 202 once stored.")
            .Accepts<object>("application/json")
            .Produces<EnqueueAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> EnqueueAsync(HttpRequest request, EventIntake intake, CancellationToken ct)
    {
        var (body, refusal) = await intake.ReadJsonAsync(request, ct);
        if (refusal is not null) return refusal;
        using (body)
        {
            var (routingKey, incoming, errors) = PagerDutyEvent.Read(body!.RootElement);
            var key = await intake.CheckKeyAsync(routingKey, ct);
            // PagerDuty answers a bad routing key as an invalid event: 400, with the event's other problems.
            if (errors.Count > 0) return EventIntake.Invalid(routingKey is null || key.Problem is null ? errors : [.. errors, key.Problem]);
            if (key.IntegrationId is not { } integrationId) return EventIntake.KeyRefused(key, StatusCodes.Status400BadRequest);
            if (intake.Throttle(integrationId, 1) is { } throttled) return throttled;
            var stored = await intake.StoreAsync(integrationId, [incoming!]);
            return stored ?? Results.Json(new EnqueueAccepted("success", "Event processed", incoming!.DedupKey), statusCode: StatusCodes.Status202Accepted);
        }
    }
}

/// <summary>PagerDuty's answer to an accepted event.</summary>
public sealed record EnqueueAccepted(
    [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message,
    [property: System.Text.Json.Serialization.JsonPropertyName("dedup_key")] string DedupKey);

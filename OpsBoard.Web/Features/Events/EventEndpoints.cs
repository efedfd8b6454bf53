using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Metrics;

namespace OpsBoard.Web.Features.Events;

/// <summary>The event intake: PagerDuty's Events API v2 at /api/v2/enqueue, and Alertmanager's webhook at /api/alertmanager.</summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v2/enqueue", EnqueueAsync)
            .AllowAnonymous() // the integration key in the body is the credential
            .WithName("EnqueueEvent")
            .WithSummary("Raise, acknowledge or resolve an event (PagerDuty Events API v2); 202 once stored.")
            .Produces<EnqueueAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .CountsRefusedEvents();
        endpoints.MapPost("/api/alertmanager", AlertmanagerAsync)
            .AllowAnonymous() // the integration key as bearer token is the credential, checked here, not as a user
            .WithName("AlertmanagerWebhook")
            .WithSummary("Prometheus Alertmanager's webhook (version 4), with the integration key as bearer token; 200 once every alert is stored.")
            .Produces<AlertmanagerAccepted>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .CountsRefusedEvents();
        return endpoints;
    }

    // Alertmanager retries a 5xx and drops a 4xx: 5xx only when trying again can succeed (the intake full or stopping).
    private static async Task<IResult> AlertmanagerAsync(HttpRequest request, EventIntake intake, CancellationToken ct)
    {
        var authorization = request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
        var key = await intake.CheckKeyAsync(token, ct);
        if (key.IntegrationId is not { } integrationId)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return EventIntake.KeyRefused(key, StatusCodes.Status401Unauthorized);
        }
        var (body, refusal) = await intake.ReadJsonAsync(request, ct);
        if (refusal is not null) return refusal;
        using (body)
        {
            var (events, errors) = AlertmanagerWebhook.Read(body!.RootElement);
            if (errors.Count > 0) return EventIntake.Invalid(errors);
            if (intake.Throttle(integrationId, Math.Max(1, events.Count)) is { } throttled) return throttled;
            var stored = await intake.StoreAsync(integrationId, events);
            return stored ?? Results.Ok(new AlertmanagerAccepted("success", events.Count));
        }
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

/// <summary>The answer to an Alertmanager post: every alert in it is stored.</summary>
public sealed record AlertmanagerAccepted(string Status, int Events);

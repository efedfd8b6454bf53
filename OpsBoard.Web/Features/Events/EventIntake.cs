using System.Buffers;
using System.Text.Json;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// What both event APIs do with a request: read a JSON body within the size limit, check the integration's key and rate,
/// and store the events, answering only once they are committed. Each refusal is a problem a sender's operator can act on.
/// </summary>
public sealed class EventIntake(IntegrationKeys keys, KeyRateLimits rates, IntakeWriter writer, EventIntakeOptions options, TimeProvider clock)
{
    /// <summary>The body as a JSON document, or the problem to answer.</summary>
    public async Task<(JsonDocument? Body, IResult? Refusal)> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the event as JSON with Content-Type: application/json (this request said {(request.ContentType is null ? "nothing" : $"\"{request.ContentType}\"")})."));
        }
        if (request.ContentLength > options.MaxBodyBytes) return (null, TooLarge(request.ContentLength.Value));
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), ct);
            if (read == 0) break;
            buffer.Advance(read);
            if (buffer.WrittenCount > options.MaxBodyBytes) return (null, TooLarge(null));
        }
        try
        {
            return (JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = PagerDutyEvent.MaxDepth }), null);
        }
        catch (JsonException ex)
        {
            return (null, Invalid([$"The body is not valid JSON (or is nested deeper than {PagerDutyEvent.MaxDepth} levels): {ex.Message}"]));
        }
    }

    public ValueTask<KeyCheck> CheckKeyAsync(string? key, CancellationToken ct) => keys.CheckAsync(key, ct);

    public static IResult KeyRefused(KeyCheck check, int status) => Problem(status, "Integration key refused", check.Problem!);

    /// <summary>Null when the integration may send <paramref name="events"/> more now; otherwise the 429 to answer.</summary>
    public IResult? Throttle(int integrationId, int events) =>
        rates.TryTake(integrationId, events) is { } wait
            ? Problem(StatusCodes.Status429TooManyRequests, "Too many events",
                $"This integration may send {options.RatePerKey:N0} events a second (bursts of {options.BurstPerKey:N0}); send again in {wait.TotalSeconds:N0} s.",
                retryAfter: wait)
            : null;

    /// <summary>Stores the events in one go; null once committed, or the 503 to answer when the intake is full or stopping.</summary>
    public async Task<IResult?> StoreAsync(int integrationId, IReadOnlyList<IncomingEvent> events)
    {
        var receivedAt = clock.GetUtcNow();
        var stored = new List<Task>(events.Count);
        foreach (var incoming in events)
        {
            if (!writer.TryEnqueue(new IntakeEvent(integrationId, receivedAt, JsonSerializer.Serialize(incoming, IncomingEvent.Json)), out var task))
            {
                // Events of this request already queued will be stored; a resend repeats them by their dedup keys, not duplicates.
                return Unavailable("The event intake is full");
            }
            stored.Add(task);
        }
        try
        {
            await Task.WhenAll(stored);
            return null;
        }
        catch (Exception)
        {
            return Unavailable("The events could not be stored");
        }
    }

    public static IResult Invalid(IReadOnlyList<string> errors) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Event object is invalid", detail: string.Join(" ", errors),
            extensions: new Dictionary<string, object?> { ["message"] = "Event object is invalid", ["errors"] = errors });

    private IResult TooLarge(long? length) => Problem(StatusCodes.Status413PayloadTooLarge, "Event too large",
        $"The body is {(length is { } l ? $"{l:N0} bytes" : "over the limit")}; an event may be at most {options.MaxBodyBytes / 1024:N0} KB. Trim custom_details.");

    private static IResult Unavailable(string what) => Problem(StatusCodes.Status503ServiceUnavailable, "Try again shortly",
        $"{what}; nothing was lost: send the events again in a second.", TimeSpan.FromSeconds(1));

    private static IResult Problem(int status, string title, string detail, TimeSpan? retryAfter = null)
    {
        var problem = Results.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?> { ["message"] = title, ["errors"] = new[] { detail } });
        return retryAfter is { } wait ? new WithRetryAfter(problem, wait) : problem;
    }

    private sealed class WithRetryAfter(IResult inner, TimeSpan wait) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}

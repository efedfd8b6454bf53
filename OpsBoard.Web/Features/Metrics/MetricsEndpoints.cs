using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Metrics;

/// <summary><c>GET /metrics</c>: this process's counters and the board's gauges in Prometheus's text format 0.0.4.</summary>
public static class MetricsEndpoints
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder endpoints, MetricsOptions options)
    {
        var metrics = endpoints.MapGet(Path, ScrapeAsync)
            .WithName("Metrics")
            .WithSummary("Prometheus metrics: open records by priority and jeopardy state, open alerts, events received/refused/deduplicated, OLA sweep duration, change-feed latency.")
            .Produces<string>(contentType: Exposition.ContentType);
        if (options.AllowAnonymous) metrics.AllowAnonymous(); // OpsBoard:Metrics:AllowAnonymous, off unless an operator turns it on
        else metrics.RequireAuthorization(Policies.Administer);
        return endpoints;
    }

    private static async Task<IResult> ScrapeAsync(OpsBoardMetrics metrics, BoardGauges gauges, CancellationToken ct)
    {
        var exposition = new Exposition();
        await gauges.WriteToAsync(exposition, ct);
        metrics.WriteTo(exposition);
        return Results.Text(exposition.ToString(), Exposition.ContentType);
    }
}

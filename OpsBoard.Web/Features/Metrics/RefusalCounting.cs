namespace OpsBoard.Web.Features.Metrics;

/// <summary>Counts each refusal an event intake endpoint answers (any 4xx or 5xx it returns), by its status.</summary>
public static class RefusalCounting
{
    public static RouteHandlerBuilder CountsRefusedEvents(this RouteHandlerBuilder endpoint) => endpoint.AddEndpointFilter(async (context, next) =>
    {
        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 and var status })
        {
            context.HttpContext.RequestServices.GetRequiredService<OpsBoardMetrics>().EventsRefused.Add(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return result;
    });
}

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// Refuses new Blazor circuit and hub connections once the app is stopping. SignalR closes its connections when stopping
/// begins; a page that reconnects at once (as every page here does, for ever) would otherwise hold Kestrel's shutdown
/// open for the whole shutdown timeout (dotnet/aspnetcore#58947). Refused, the page retries until a new server answers.
/// </summary>
public sealed class RefuseCircuitsWhileStopping(RequestDelegate next, IHostApplicationLifetime lifetime)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested
            && (context.Request.Path.StartsWithSegments("/_blazor") || context.Request.Path.StartsWithSegments(BoardHub.Path)))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }
        return next(context);
    }
}

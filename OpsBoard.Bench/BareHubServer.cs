using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Bench;

/// <summary>
/// The baseline of the hub benchmark: a trivial hub that broadcasts, on POST /broadcast/{n}, one BoardEvent of the same shape
/// and size as the app's to every client with Clients.All. No database, no feed, no filters: SignalR's own cost.
/// </summary>
public static class BareHubServer
{
    public const string Command = "hub-bare-server";

    public const string HubPath = "/hubs/bare";

    public static async Task RunAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var app = builder.Build();
        app.MapHub<BareHub>(HubPath);
        app.MapGet("/ready", () => TypedResults.Ok());
        app.MapPost("/broadcast/{n:int}", async (int n, IHubContext<BareHub> hub) =>
        {
            await hub.Clients.All.SendAsync(BoardHub.ClientMethod, Payload(n, TimeProvider.System.GetUtcNow()));
            return TypedResults.NoContent();
        });
        await app.RunAsync();
    }

    /// <summary>An event like the app's RecordChanged, numbered so each broadcast is told apart.</summary>
    public static BoardEvent Payload(int n, DateTimeOffset at) =>
        new(BoardEventType.RecordChanged, RecordNumber.Format(RecordKind.Incident, n), at, RecordKind.Incident, 12, null, 7, Priority.P3, Status.New);

    private sealed class BareHub : Hub;
}

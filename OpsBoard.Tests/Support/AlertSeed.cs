using Microsoft.Extensions.Logging.Abstractions;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Support;

/// <summary>
/// Jeopardy alerts made the way the app makes them: open P1 records (15-minute response on 24x7), let the clock run
/// past 75% of it, and run the OLA sweep.
/// </summary>
public static class AlertSeed
{
    /// <summary>Past 75% of a P1's 15-minute response, short of its breach.</summary>
    public static readonly TimeSpan IntoJeopardy = TimeSpan.FromMinutes(12);

    /// <summary>Opens a P1 incident on <paramref name="service"/>, held by the SOC or passed straight to <paramref name="groupId"/>.</summary>
    public static async Task<string> OpenP1Async(RecordingService recording, ServiceOption service, int? groupId = null, string? title = null)
    {
        var request = RecordRequests.Incident(service) with { Impact = Impact.High, Urgency = Urgency.High, AssignmentGroupId = groupId };
        if (title is not null) request = request with { Title = title };
        var result = await recording.OpenAsync(request, "SOC analyst");
        Assert.True(result.Succeeded, result.Message);
        return result.Number!;
    }

    public static Task<SweepResult> SweepAsync(TestDatabase database, ChangeFeed feed, TimeProvider clock) =>
        new OlaSweepJob(database.Factory, new OlaPolicyStore(database.Factory), feed, clock, NullLogger<OlaSweepJob>.Instance).RunAsync();
}

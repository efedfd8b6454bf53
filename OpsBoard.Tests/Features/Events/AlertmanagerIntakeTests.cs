using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Features.Events;

/// <summary>
/// A real Alertmanager posting its webhook to a real OpsBoard on loopback: a fired alert opens one EVT, Alertmanager's
/// resends repeat it without duplicates, and resolving it clears the EVT by source.
/// </summary>
public sealed class AlertmanagerIntakeTests
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["severity"] = "critical",
        ["instance"] = "spine-db-01:9100",
        ["job"] = "node",
    };

    private static readonly Dictionary<string, string> Annotations = new() { ["summary"] = "Disk /var is 97% full on spine-db-01" };

    [Fact]
    public async Task FiredAlert_OpensOneEvt_ResendsRepeatIt_AndResolvingClearsIt()
    {
        await using var app = new OpsBoardApp
        {
            OnLoopbackPort = true,
            DemoRecords = 0,
            Settings = new Dictionary<string, string> { ["OpsBoard:Demo:IntegrationKey"] = EventSender.Key },
        };
        using var changes = new FeedWatch(app.Services.GetRequiredService<ChangeFeed>());
        await using var alertmanager = await AlertmanagerProcess.StartAsync(new Uri(app.Address, "api/alertmanager"), EventSender.Key);

        var fingerprint = await alertmanager.FireAsync("DiskAlmostFull", Labels, Annotations);

        var created = await changes.NextAsync(e => e.Type == BoardEventType.RecordCreated, "the EVT opened", () => alertmanager.Output);
        // Alertmanager sends the firing group again every second: each is a repeat of the same EVT.
        await changes.NextAsync(e => e.Type == BoardEventType.RecordChanged && e.Number == created.Number, "a repeat", () => alertmanager.Output);
        await alertmanager.ResolveAsync("DiskAlmostFull", Labels, Annotations);
        await changes.NextAsync(e => e.Number == created.Number && e.Status == Status.Resolved, "the EVT cleared", () => alertmanager.Output);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoard.Web.Data.OpsBoardDb>>().CreateDbContextAsync();
        var record = await db.Records.Include(r => r.History).SingleAsync();
        Assert.Equal((RecordKind.Event, Priority.P1, ResolutionCode.ClearedBySource, "Disk /var is 97% full on spine-db-01"),
            (record.Kind, record.Priority, record.ResolutionCode, record.Title));
        Assert.Contains("Label instance: spine-db-01:9100", record.Description);
        var key = await db.EventKeys.SingleAsync();
        Assert.Equal((fingerprint, record.Id), (key.Key, key.RecordId));
        Assert.True(key.Repeats >= 1);
        Assert.Equal(key.Repeats, record.History.Count(h => h.Field == Record.EventRepeatField));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-key-of-any-integration")]
    public async Task AWrongToken_Gets401AndStoresNothing(string? authorization)
    {
        await using var app = EventSender.App();
        var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/alertmanager")
        {
            Content = new StringContent("""{"version":"4","status":"firing","alerts":[]}""", Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoard.Web.Data.OpsBoardDb>>().CreateDbContextAsync();
        Assert.Equal(0, await db.IntakeLog.CountAsync());
    }

    [Theory]
    [InlineData("""{"version":"3","alerts":[]}""", "version must be")]
    [InlineData("""{"version":"4"}""", "alerts must be an array")]
    [InlineData("""{"version":"4","alerts":[{"status":"firing","labels":{"alertname":"X"}}]}""", "alerts[0].fingerprint is required")]
    [InlineData("""{"version":"4","alerts":[{"status":"pending","fingerprint":"ab12"}]}""", "alerts[0].status must be firing or resolved")]
    [InlineData("""{"version":"4","alerts":[{"status":"firing","fingerprint":"ab12","annotations":{"summary":"<img src=x onerror=alert(1)>"}}]}""", "must be plain text")]
    [InlineData("""{"version":"4","alerts":[{"status":"firing","fingerprint":"ab12","labels":{"severity":5}}]}""", "alerts[0].labels.severity must be a string")]
    public async Task AMalformedPost_Gets400NamingTheProblem_AndStoresNothing(string body, string problem)
    {
        await using var app = EventSender.App();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", EventSender.Key);

        var response = await client.PostAsync("/api/alertmanager", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoard.Web.Data.OpsBoardDb>>().CreateDbContextAsync();
        Assert.Equal(0, await db.IntakeLog.CountAsync());
    }
}

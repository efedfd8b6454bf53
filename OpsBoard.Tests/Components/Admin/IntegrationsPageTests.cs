using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Components.Admin;

public sealed class IntegrationsPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Issue_ShowsTheKeyOnce_ThenTheListShowsOnlyItsHint()
    {
        var page = harness.Context.Render<IntegrationsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-integrations]"), ComponentHarness.Wait);

        page.Find("input[data-testid=integration-name]").Change("Prometheus production");
        harness.Pick(page, "integration-service", "GP Connect");
        page.Find("[data-testid=issue-key]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=issued-key]"), ComponentHarness.Wait);
        var key = page.Find("[data-testid=issued-key-value]").TextContent.Trim();
        Assert.Equal(32, key.Length);
        Assert.Contains("it will not be shown again", page.Find("[data-testid=issued-key]").TextContent);
        Assert.Contains("/api/v2/enqueue", page.Find("[data-testid=issued-key]").TextContent);
        Assert.Contains("http_config.authorization.credentials", page.Find("[data-testid=issued-key]").TextContent);
        var hash = await harness.QueryAsync(db => db.Integrations.Select(i => i.KeyHash).SingleAsync());
        Assert.Equal(IntegrationKeys.Hash(key), hash);

        page.Find("[data-testid=key-done]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=issued-key]")), ComponentHarness.Wait);
        Assert.DoesNotContain(key, page.Markup, StringComparison.Ordinal);
        var row = Assert.Single(page.FindAll("[data-testid=integrations] tbody tr"));
        Assert.Equal($"\u2026{key[^4..]}", row.QuerySelector("[data-testid=key-hint]")!.TextContent);
        Assert.Contains("GP Connect", row.TextContent);
        Assert.Contains("never", row.TextContent);
        Assert.Contains("Active", row.TextContent);
        var audit = await harness.QueryAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal((AuditArea.Integration, ComponentHarness.ActorName), (audit.Area, audit.By));
        Assert.DoesNotContain(key, audit.Change, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredEventsNotYetApplied_AreShownWithTheOldestsTime_AndNoBacklogShowsNothing()
    {
        var empty = harness.Context.Render<IntegrationsPage>();
        empty.WaitForAssertion(() => empty.Find("[data-testid=no-integrations]"), ComponentHarness.Wait);
        Assert.Empty(empty.FindAll("[data-testid=intake-backlog]"));
        empty.Dispose();
        var serviceId = await harness.QueryAsync(db => db.Services.Select(s => s.Id).FirstAsync());
        var (integration, _) = await harness.Context.Services.GetRequiredService<IntegrationKeys>().IssueAsync("Alertmanager", serviceId);
        var oldest = harness.Clock.GetUtcNow().AddSeconds(-42);
        await harness.QueryAsync(db =>
        {
            db.IntakeLog.AddRange(new IntakeEvent(integration.Id, oldest, "{}"), new IntakeEvent(integration.Id, oldest.AddSeconds(5), "{}"),
                new IntakeEvent(integration.Id, oldest.AddSeconds(1), "{}"));
            return db.SaveChangesAsync();
        });
        var applied = await harness.QueryAsync(db => db.IntakeLog.OrderBy(e => e.Id).LastAsync());
        applied.Processed(harness.Clock.GetUtcNow(), null, "Opened.");
        await harness.QueryAsync(db =>
        {
            db.IntakeLog.Update(applied);
            return db.SaveChangesAsync();
        });

        var page = harness.Context.Render<IntegrationsPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=intake-backlog]"), ComponentHarness.Wait);
        var backlog = page.Find("[data-testid=intake-backlog]");
        Assert.Contains("2 stored events are waiting to become EVT records", backlog.TextContent);
        Assert.Equal(oldest.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), backlog.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Issue_ShowsEachProblemBesideItsField_AndIssuesNothing()
    {
        var page = harness.Context.Render<IntegrationsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-integrations]"), ComponentHarness.Wait);

        page.Find("[data-testid=issue-key]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter a name that says which tool sends the events", Beside(page, "input[data-testid=integration-name]")), ComponentHarness.Wait);
        Assert.Contains("Pick the service the events are about", Beside(page, "[data-testid=integration-service]"));
        Assert.Empty(page.FindAll("[data-testid=issued-key]"));
        Assert.Equal(0, await harness.QueryAsync(db => db.Integrations.CountAsync()));
    }

    [Fact]
    public async Task Revoke_AfterConfirming_MarksTheKeyRevoked_AndTheIntakeRefusesIt()
    {
        var keys = harness.Context.Services.GetRequiredService<IntegrationKeys>();
        var serviceId = await harness.QueryAsync(db => db.Services.Select(s => s.Id).FirstAsync());
        var (integration, key) = await keys.IssueAsync("Alertmanager", serviceId);
        Assert.NotNull((await keys.CheckAsync(key)).IntegrationId);
        var page = harness.Context.Render<IntegrationsPage>();
        page.WaitForAssertion(() => page.Find($"[data-testid=revoke-{integration.Id}]"), ComponentHarness.Wait);

        page.Find($"[data-testid=revoke-{integration.Id}]").Click();
        harness.Dialogs.WaitForAssertion(() => Assert.Contains("Events sent with the key ending", harness.Dialogs.Markup), ComponentHarness.Wait);
        harness.Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke key").Click();

        page.WaitForAssertion(() => Assert.Contains("Revoked", page.Find($"[data-testid=state-{integration.Id}]").TextContent), ComponentHarness.Wait);
        Assert.Empty(page.FindAll($"[data-testid=revoke-{integration.Id}]"));
        Assert.Contains("has been revoked", (await keys.CheckAsync(key)).Problem);
        var audit = await harness.QueryAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal($"Revoked the key ending \u2026{key[^4..]}; events sent with it are refused", audit.Change);
    }

    private static string Beside(IRenderedComponent<IntegrationsPage> page, string selector) =>
        page.Find(selector).Closest(".mud-input-control")?.TextContent ?? string.Empty;
}

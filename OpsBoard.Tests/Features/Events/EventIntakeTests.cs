using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Features.Events;

/// <summary>POST /api/v2/enqueue end to end: stored, then applied to EVT records by dedup key.</summary>
public sealed class EventIntakeTests
{
    [Fact]
    public async Task Trigger_Answers202_ThenOpensAnEvtAssignedToTheServices2ndLine_WithClocksRunning()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        var published = new List<BoardEvent>();
        using var _ = app.Services.GetRequiredService<ChangeFeed>().Subscribe(published.AddRange);

        var answer = await events.AcceptedAsync(EventSender.Trigger("disk-1"));

        Assert.Equal(("success", "Event processed", "disk-1"), ((string?)answer["status"], (string?)answer["message"], (string?)answer["dedup_key"]));
        var record = await events.QueryAsync(db => db.Records.Include(r => r.AssignmentGroup).Include(r => r.Service).Include(r => r.Clocks)
            .Include(r => r.History).SingleAsync(r => r.Kind == RecordKind.Event));
        Assert.Equal((Status.Assigned, Priority.P2, Channel.Automation, record.Service!.SecondLineGroupId),
            (record.Status, record.Priority, record.Channel, (int?)record.AssignmentGroupId));
        Assert.Equal("Disk 91% full on spine-db-01", record.Title);
        Assert.Contains("Dedup key: disk-1", record.Description);
        Assert.Contains(record.Clocks, c => c.StoppedAt is null);
        Assert.Contains(record.History, h => h.Field == "Note" && h.NewValue!.StartsWith("Routing: no routing rule matched", StringComparison.Ordinal));
        Assert.All(record.History.Where(h => h.Field != "Response clock" && h.Field != "Resolution clock"), h => Assert.Equal("Monitoring: Demo monitoring", h.By));
        Assert.Contains(published, e => e.Type == BoardEventType.RecordCreated && e.Number == record.Number);
    }

    [Fact]
    public async Task Trigger_WithoutDedupKey_GetsOneGenerated_AndResendingWithItRepeats()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);

        var answer = await events.AcceptedAsync(EventSender.Trigger(null));
        var key = (string)answer["dedup_key"]!;
        Assert.Matches("^[0-9a-f]{32}$", key);
        await events.AcceptedAsync(EventSender.Trigger(key));

        Assert.Equal(1, await events.QueryAsync(db => db.Records.CountAsync(r => r.Kind == RecordKind.Event)));
        Assert.Equal(1, await events.QueryAsync(db => db.EventKeys.Where(k => k.Key == key).Select(k => k.Repeats).SingleAsync()));
    }

    [Fact]
    public async Task RepeatsAcknowledgeAndResolve_ActOnOneEvt_AndATriggerReopensItWithinTheHour_ButOpensANewOneAfter()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        await events.AcceptedAsync(EventSender.Trigger("spine-latency", "Latency 900 ms on Spine"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await events.AcceptedAsync(EventSender.Trigger("spine-latency", "Latency 1200 ms on Spine"));
        await events.AcceptedAsync(EventSender.Trigger("spine-latency", "Latency 1500 ms on Spine"));

        var record = await EvtAsync(events, "spine-latency");
        Assert.Equal(("Latency 1500 ms on Spine", Status.Assigned), (record.Title, record.Status));
        Assert.Equal(["Repeat 1: Latency 1200 ms on Spine", "Repeat 2: Latency 1500 ms on Spine"],
            record.History.Where(h => h.Field == Record.EventRepeatField).Select(h => h.NewValue));
        var shown = await (await app.CreateClient().GetAsync($"/api/records/{record.Number}")).ReadObjectAsync();
        var monitoring = shown["monitoring"]!;
        Assert.Equal(("Demo monitoring", "spine-latency", 2, "Latency 1500 ms on Spine", "error"),
            ((string?)monitoring["integration"], (string?)monitoring["dedupKey"], (int)monitoring["repeats"]!, (string?)monitoring["latestSummary"], (string?)monitoring["latestSeverity"]));
        Assert.Equal(TimeSpan.FromMinutes(1), monitoring["lastAt"]!.GetValue<DateTimeOffset>() - monitoring["firstAt"]!.GetValue<DateTimeOffset>());

        await events.AcceptedAsync(EventSender.Action("acknowledge", "spine-latency"));
        Assert.Equal(Status.InProgress, (await EvtAsync(events, "spine-latency")).Status);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await events.AcceptedAsync(EventSender.Action("resolve", "spine-latency"));
        var cleared = await EvtAsync(events, "spine-latency");
        Assert.Equal((Status.Resolved, ResolutionCode.ClearedBySource, "Cleared by source"), (cleared.Status, cleared.ResolutionCode, cleared.ResolutionNote));

        app.Clock.Advance(TimeSpan.FromMinutes(59));
        await events.AcceptedAsync(EventSender.Trigger("spine-latency", "Latency 1500 ms on Spine again"));
        var reopened = await EvtAsync(events, "spine-latency");
        Assert.Equal((record.Number, Status.InProgress, 1), (reopened.Number, reopened.Status, reopened.ReopenCount));

        await events.AcceptedAsync(EventSender.Action("resolve", "spine-latency"));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await events.AcceptedAsync(EventSender.Trigger("spine-latency", "Latency back over the threshold"));
        var fresh = await EvtAsync(events, "spine-latency");
        Assert.NotEqual(record.Number, fresh.Number);
        Assert.Equal((Status.Assigned, 0), (fresh.Status, fresh.ReopenCount));
        Assert.Equal(2, await events.QueryAsync(db => db.Records.CountAsync(r => r.Kind == RecordKind.Event)));
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("resolve")]
    public async Task AcknowledgeOrResolve_OfAKeyWithNoOpenEvt_IsAcceptedAndChangesNoRecord(string action)
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);

        await events.AcceptedAsync(EventSender.Action(action, "never-raised"));

        Assert.Equal(0, await events.QueryAsync(db => db.Records.CountAsync()));
        var result = await events.QueryAsync(db => db.IntakeLog.Select(e => e.Result).SingleAsync());
        Assert.Contains("no open event record has dedup key \"never-raised\"", result);
    }

    [Fact]
    public async Task Severity_SetsThePriority()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        foreach (var severity in new[] { "critical", "error", "warning", "info" })
        {
            await events.AcceptedAsync(EventSender.Trigger(severity, $"Severity {severity}", severity));
        }

        var priorities = await events.QueryAsync(db => db.Records.OrderBy(r => r.Id).Select(r => r.Priority).ToListAsync());
        Assert.Equal([Priority.P1, Priority.P2, Priority.P3, Priority.P5], priorities);
    }

    [Fact]
    public async Task OverTheKeysRate_Answers429WithRetryAfter_AndStoresNothing_UntilTheBucketRefills()
    {
        await using var app = EventSender.App(settings: new Dictionary<string, string> { ["OpsBoard:Events:RatePerKey"] = "1", ["OpsBoard:Events:BurstPerKey"] = "1" });
        var events = new EventSender(app);
        await events.AcceptedAsync(EventSender.Trigger("first"));

        var refused = await events.SendAsync(EventSender.Trigger("second"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("may send 1 events a second", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, await events.QueryAsync(db => db.IntakeLog.CountAsync()));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await events.AcceptedAsync(EventSender.Trigger("second"));
        Assert.Equal(2, await events.QueryAsync(db => db.Records.CountAsync()));
    }

    /// <summary>The EVT the key raised last, with its history.</summary>
    [Fact]
    public async Task ARoutingRule_SendsMatchingEventsToItsGroup_AndTheHistorySaysWhichRule()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        var platform = await events.QueryAsync(db => db.SupportGroups.SingleAsync(g => g.Name == "3rd line Platform"));
        await events.QueryAsync(async db =>
        {
            db.Attach(platform);
            var rule = OpsBoard.Domain.Events.RoutingRule.Create(1, "Postgres to Platform", OpsBoard.Domain.Events.RoutingField.Component, "postgres.*", platform, isRegex: true);
            db.RoutingRules.Add(rule.Rule!);
            return await db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<OpsBoard.Web.Features.Events.RoutingRuleStore>().Invalidate();
        var matching = EventSender.Trigger("pg-1", "Replication lag on spine-db-01");
        matching["payload"]!["component"] = "postgres-replica";

        await events.AcceptedAsync(matching);
        await events.AcceptedAsync(EventSender.Trigger("other-1", "Queue depth high"));

        var routed = await EvtAsync(events, "pg-1");
        Assert.Equal(platform.Id, routed.AssignmentGroupId);
        Assert.Contains(routed.History, h => h.NewValue == "Routing: rule 1 \"Postgres to Platform\": component matches postgres.*, so the event went to 3rd line Platform.");
        var unrouted = await EvtAsync(events, "other-1");
        Assert.NotEqual(platform.Id, unrouted.AssignmentGroupId);
        Assert.Contains(unrouted.History, h => h.NewValue!.StartsWith("Routing: no routing rule matched, so the event went to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEventNamingAConfigurationItem_GoesToItsOwningGroup_WhenNoRuleMatched_AndTheHistorySaysSo()
    {
        await using var app = EventSender.App();
        var events = new EventSender(app);
        await events.QueryAsync(async db =>
        {
            var platform = await db.SupportGroups.SingleAsync(g => g.Name == "3rd line Platform");
            var item = await db.ConfigurationItems.Include(c => c.Service).SingleAsync(c => c.Name == "Spine database cluster");
            Assert.True(item.Revise(item.Name, item.Type, item.Service, platform, null, []).Succeeded);
            return await db.SaveChangesAsync();
        });
        var trigger = EventSender.Trigger("cluster-1", "Replication lag on the cluster");
        trigger["payload"]!["component"] = "spine DATABASE cluster";

        await events.AcceptedAsync(trigger);

        var record = await EvtAsync(events, "cluster-1");
        var platformId = await events.QueryAsync(db => db.SupportGroups.Where(g => g.Name == "3rd line Platform").Select(g => g.Id).SingleAsync());
        Assert.Equal(platformId, record.AssignmentGroupId);
        Assert.NotNull(record.ConfigurationItemId);
        Assert.Contains(record.History, h => h.NewValue == "Routing: no routing rule matched, so the event went to 3rd line Platform, the owning group of its configuration item Spine database cluster.");
    }

    private static Task<Record> EvtAsync(EventSender events, string dedupKey) =>
        events.QueryAsync(async db =>
        {
            var id = await db.EventKeys.Where(k => k.Key == dedupKey).OrderByDescending(k => k.Id).Select(k => k.RecordId).FirstAsync();
            return await db.Records.Include(r => r.History).SingleAsync(r => r.Id == id);
        });
}

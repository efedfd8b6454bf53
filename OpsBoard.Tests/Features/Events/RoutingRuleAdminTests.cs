using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Events;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Features.Events;

public sealed class RoutingRuleAdminTests : IAsyncLifetime
{
    private const string Administrator = "Test administrator";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private RoutingRuleStore store = default!;
    private RoutingRuleAdmin admin = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        store = new RoutingRuleStore(database.Factory);
        admin = new RoutingRuleAdmin(database.Factory, store, clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Update_AuditsOnlyWhatChanged_AndTheStoreRoutesByTheNewPattern()
    {
        var id = await AddAsync("Spine", "spine-.*", "2nd line Spine");
        Assert.NotNull((await store.GetAsync()).Route(Facts("spine-db")).Rule);

        var result = await admin.UpdateAsync(id, new RoutingRuleInput("Spine", RoutingField.Source, null, "platform-.*", true, await GroupAsync("3rd line Platform"), TimeSpan.FromMinutes(30)), Administrator);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Match: source matches spine-.* -> source matches platform-.*; Group: 2nd line Spine -> 3rd line Platform; Reopen window: 1h -> 30m", result.Change);
        Assert.Null((await store.GetAsync()).Route(Facts("spine-db")).Rule);
        Assert.Equal(id, (await store.GetAsync()).Route(Facts("platform-db")).Rule!.Id);
        var audit = await Audit();
        Assert.Equal(2, audit.Count);
        Assert.Equal(("Routing rule \"Spine\"", Administrator, result.Change), (audit[1].Subject, audit[1].By, audit[1].Change));
    }

    [Fact]
    public async Task Update_RefusesTheSocAndAnUnknownGroup_AndChangesNothing()
    {
        var id = await AddAsync("Spine", "spine-.*", "2nd line Spine");
        var soc = await QueryAsync(db => db.SupportGroups.Where(g => g.Line == 1).Select(g => g.Id).SingleAsync());

        var toSoc = await admin.UpdateAsync(id, new RoutingRuleInput("Spine", RoutingField.Source, null, "spine-.*", true, soc, null), Administrator);
        var toNowhere = await admin.UpdateAsync(id, new RoutingRuleInput("Spine", RoutingField.Source, null, "spine-.*", true, 999, null), Administrator);

        Assert.Equal("Events go straight to a resolver group, not to the Service Operations Centre; pick a 2nd line group.", toSoc.Problems["group"]);
        Assert.Equal("There is no support group with id 999; pick one from the list.", toNowhere.Problems["group"]);
        Assert.Equal(await GroupAsync("2nd line Spine"), await QueryAsync(db => db.RoutingRules.Select(r => r.GroupId).SingleAsync()));
        Assert.Single(await Audit());
    }

    [Fact]
    public async Task Move_RefusesToMoveTheFirstRuleUp_AndDeleteIsAudited()
    {
        var first = await AddAsync("Spine", "spine-.*", "2nd line Spine");
        var second = await AddAsync("Platform", "platform-.*", "3rd line Platform");

        var up = await admin.MoveAsync(first, RuleMove.Up, Administrator);
        var deleted = await admin.DeleteAsync(first, Administrator);

        Assert.Equal("Routing rule \"Spine\" is already tried first.", up.Problems["order"]);
        Assert.True(deleted.Succeeded);
        Assert.Equal("Deleted: rule 1 \"Spine\": source matches spine-.* -> 2nd line Spine; reopen window 1h", deleted.Change);
        Assert.Equal(second, (await store.GetAsync()).Route(Facts("platform-db")).Rule!.Id);
        Assert.Equal(3, (await Audit()).Count);
        // The rule after the deleted one moves up: the rules stay numbered from 1.
        Assert.Equal(1, await QueryAsync(db => db.RoutingRules.Where(r => r.Id == second).Select(r => r.Order).SingleAsync()));
    }

    private async Task<int> AddAsync(string name, string pattern, string group)
    {
        var result = await admin.CreateAsync(new RoutingRuleInput(name, RoutingField.Source, null, pattern, true, await GroupAsync(group), null), Administrator);
        Assert.True(result.Succeeded, result.Message);
        return await QueryAsync(db => db.RoutingRules.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());
    }

    private async Task<T> QueryAsync<T>(Func<OpsBoardDb, Task<T>> query)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await query(db);
    }

    private Task<int> GroupAsync(string name) => QueryAsync(db => db.SupportGroups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

    private Task<List<AuditEntry>> Audit() => QueryAsync(db => db.AuditLog.Where(a => a.Area == AuditArea.RoutingRule).OrderBy(a => a.Id).ToListAsync());

    private static EventFacts Facts(string component) => new(1, component, null, null, null, new Dictionary<string, string>());
}

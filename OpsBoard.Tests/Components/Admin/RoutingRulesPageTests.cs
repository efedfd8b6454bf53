using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain.Events;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Tests.Components.Admin;

public sealed class RoutingRulesPageTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task AddRule_WithABadRegex_ShowsTheRefusalBesideThePattern_AndSavesNothing()
    {
        var page = harness.Context.Render<RoutingRulesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-rules]"), ComponentHarness.Wait);

        page.Find("[data-testid=add-rule]").Click();
        harness.Dialogs.WaitForAssertion(() => Field("rule-name"), ComponentHarness.Wait);
        Field("rule-name").Change("Spine database");
        Field("rule-pattern").Change("spine-(db");
        harness.Dialogs.Find("input[data-testid=rule-regex]").Change(true);
        harness.Pick(harness.Dialogs, "rule-group", "2nd line Spine");
        harness.Dialogs.Find("[data-testid=rule-save]").Click();

        harness.Dialogs.WaitForAssertion(() => Assert.Contains("The pattern is not a valid regular expression", Beside("rule-pattern")), ComponentHarness.Wait);
        Assert.Equal(0, await harness.QueryAsync(db => db.RoutingRules.CountAsync()));
        Assert.Equal(0, await harness.QueryAsync(db => db.AuditLog.CountAsync()));

        Field("rule-pattern").Change("spine-db.*");
        harness.Dialogs.Find("[data-testid=rule-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Spine database", page.Find("[data-testid=rules]").TextContent), ComponentHarness.Wait);
        var audit = await harness.QueryAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal((AuditArea.RoutingRule, "Added: rule 1 \"Spine database\": source matches spine-db.* -> 2nd line Spine; reopen window 1h"), (audit.Area, audit.Change));
    }

    [Fact]
    public async Task MoveDown_SwapsTheRules_AndTheIntakeRoutesByTheNewOrder()
    {
        var first = await AddAsync("Everything from spine", "spine-.*", "2nd line Spine");
        var second = await AddAsync("Spine core to platform", "spine-core-01", "3rd line Platform", regex: false);
        var router = await harness.Context.Services.GetRequiredService<RoutingRuleStore>().GetAsync();
        Assert.Equal(first, router.Route(Facts("spine-core-01")).Rule!.Id);
        var page = harness.Context.Render<RoutingRulesPage>();
        page.WaitForAssertion(() => page.Find($"[data-testid=down-{first}]"), ComponentHarness.Wait);

        page.Find($"[data-testid=down-{first}]").Click();

        page.WaitForAssertion(() => Assert.Equal(["Spine core to platform", "Everything from spine"], Names(page)), ComponentHarness.Wait);
        Assert.Equal(["1", "2"], page.FindAll("[data-testid=rule-order]").Select(c => c.TextContent.Trim()));
        router = await harness.Context.Services.GetRequiredService<RoutingRuleStore>().GetAsync();
        Assert.Equal(second, router.Route(Facts("spine-core-01")).Rule!.Id);
        var audit = await harness.QueryAsync(db => db.AuditLog.OrderBy(a => a.Id).Select(a => a.Change).ToListAsync());
        Assert.Equal("Order: 1 -> 2; \"Spine core to platform\" is now 1", audit[^1]);
    }

    [Fact]
    public async Task Disable_TakesTheRuleOutOfRouting_AndTryItSaysWhereAnEventWouldGo()
    {
        var rule = await AddAsync("Spine", "spine-.*", "2nd line Spine");
        var page = harness.Context.Render<RoutingRulesPage>();
        page.WaitForAssertion(() => page.Find("input[data-testid=try-source]"), ComponentHarness.Wait);

        page.Find("input[data-testid=try-source]").Change("spine-core-01");
        page.Find("[data-testid=try-route]").Click();
        page.WaitForAssertion(() => Assert.Equal("2nd line Spine would take it: rule 1 \"Spine\": source matches spine-.*.", page.Find("[data-testid=try-result]").TextContent.Trim()),
            ComponentHarness.Wait);

        page.Find($"input[data-testid=enabled-{rule}]").Change(false);
        page.WaitForAssertion(() => Assert.Contains("Off", page.Find($"input[data-testid=enabled-{rule}]").Closest(".mud-input-control")!.TextContent), ComponentHarness.Wait);
        page.Find("[data-testid=try-route]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("No rule matches", page.Find("[data-testid=try-result]").TextContent.Trim(), StringComparison.Ordinal), ComponentHarness.Wait);
        Assert.False(await harness.QueryAsync(db => db.RoutingRules.Select(r => r.Enabled).SingleAsync()));
    }

    private async Task<int> AddAsync(string name, string pattern, string group, bool regex = true)
    {
        var admin = harness.Context.Services.GetRequiredService<RoutingRuleAdmin>();
        var groupId = (await admin.ListAsync()).Groups.Single(g => g.Name == group).Id;
        var result = await admin.CreateAsync(new RoutingRuleInput(name, RoutingField.Source, null, pattern, regex, groupId, null), "Test admin");
        Assert.True(result.Succeeded, result.Message);
        return await harness.QueryAsync(db => db.RoutingRules.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());
    }

    private static EventFacts Facts(string source) => new(1, source, null, null, null, new Dictionary<string, string>());

    private static List<string> Names(IRenderedComponent<RoutingRulesPage> page) =>
        [.. page.FindAll("[data-testid=rule-name-cell]").Select(c => c.TextContent.Trim())];

    private IElement Field(string testId) => harness.Dialogs.Find($"input[data-testid={testId}]");

    private string Beside(string testId) => Field(testId).Closest(".mud-input-control")?.TextContent ?? string.Empty;
}

using OpsBoard.Domain.Events;
using static OpsBoard.Tests.Domain.Events.Rules;

namespace OpsBoard.Tests.Domain.Events;

public sealed class EventRouterTests
{
    [Fact]
    public void Route_PicksLowestOrder_WhenSeveralRulesMatch()
    {
        var broad = Make(5, RoutingField.Component, "spine.*", isRegex: true, id: 1);
        var narrow = Make(2, RoutingField.Component, "spine-db", id: 2);
        var other = Make(1, RoutingField.Component, "pds-api", id: 3);

        var decision = new EventRouter([broad, narrow, other]).Route(Event());

        Assert.Same(narrow, decision.Rule);
        Assert.True(decision.Matched);
    }

    [Fact]
    public void Route_PicksLowerId_WhenOrdersTie()
    {
        var newer = Make(1, RoutingField.Source, "spine-core-01.nhs.uk", id: 9);
        var older = Make(1, RoutingField.Component, "spine-db", id: 4);

        Assert.Same(older, new EventRouter([newer, older]).Route(Event()).Rule);
    }

    [Fact]
    public void Route_SkipsDisabledRules()
    {
        var disabled = Make(1, RoutingField.Component, "spine-db", enabled: false, id: 1);
        var enabled = Make(2, RoutingField.Class, "latency", id: 2);

        var router = new EventRouter([disabled, enabled]);

        Assert.Same(enabled, router.Route(Event()).Rule);
        Assert.Equal([enabled], router.Rules);
    }

    [Fact]
    public void Route_ReturnsNoMatch_WhenNoRuleMatches()
    {
        var decision = new EventRouter([Make(1, RoutingField.Component, "pds-api")]).Route(Event());

        Assert.False(decision.Matched);
        Assert.Null(decision.Rule);
        Assert.Empty(decision.TimedOut);
        Assert.Equal("no routing rule matched", decision.Describe());
    }

    [Fact]
    public void Route_ReturnsNoMatch_WhenThereAreNoRules() =>
        Assert.False(new EventRouter([]).Route(Event()).Matched);

    [Theory]
    [InlineData(RoutingField.Integration, "7", null, true)]
    [InlineData(RoutingField.Integration, "8", null, false)]
    [InlineData(RoutingField.Source, "spine-core-01.nhs.uk", null, true)]
    [InlineData(RoutingField.Source, "spine-db", null, false)]
    [InlineData(RoutingField.Component, "spine-db", null, true)]
    [InlineData(RoutingField.Component, "prod-messaging", null, false)]
    [InlineData(RoutingField.Group, "prod-messaging", null, true)]
    [InlineData(RoutingField.Group, "latency", null, false)]
    [InlineData(RoutingField.Class, "latency", null, true)]
    [InlineData(RoutingField.Class, "spine-db", null, false)]
    [InlineData(RoutingField.Label, "messaging", "team", true)]
    [InlineData(RoutingField.Label, "messaging", "severity", false)]
    [InlineData(RoutingField.Label, "messaging", "owner", false)]
    public void Route_MatchesOnlyTheRulesField(RoutingField field, string pattern, string? labelName, bool matches)
    {
        var rule = Make(1, field, pattern, labelName: labelName);

        var decision = new EventRouter([rule]).Route(Event(integrationId: 7));

        Assert.Equal(matches, decision.Matched);
    }

    [Theory]
    [InlineData("SPINE-DB", false, true)]
    [InlineData("Spine-Db", false, true)]
    [InlineData("SPINE-.*", true, true)]
    [InlineData("spine.*", false, false)]
    [InlineData("spine.*", true, true)]
    [InlineData("spine", true, false)]
    [InlineData("db", true, false)]
    [InlineData("spine-db|pds", true, true)]
    [InlineData("pds|spine", true, false)]
    [InlineData("^spine-.*$", true, true)]
    [InlineData(".*-db", true, true)]
    [InlineData("spine-db ", false, true)]
    [InlineData("spine-d", false, false)]
    public void Route_MatchesWholeValue_IgnoringCase(string pattern, bool isRegex, bool matches)
    {
        var rule = Make(1, RoutingField.Component, pattern, isRegex);

        Assert.Equal(matches, new EventRouter([rule]).Route(Event(component: "spine-db")).Matched);
    }

    [Fact]
    public void Route_DoesNotMatchEndOfLine_BeforeATrailingNewline()
    {
        var rule = Make(1, RoutingField.Component, "spine-db", isRegex: true);

        Assert.False(new EventRouter([rule]).Route(Event(component: "spine-db\n")).Matched);
    }

    [Theory]
    [InlineData(RoutingField.Source)]
    [InlineData(RoutingField.Component)]
    [InlineData(RoutingField.Group)]
    [InlineData(RoutingField.Class)]
    [InlineData(RoutingField.Label)]
    public void Route_NeverMatches_WhenEventLacksTheField(RoutingField field)
    {
        var rule = Make(1, field, ".*", isRegex: true, labelName: "team");
        var bare = new EventFacts(1, null, null, null, null, new Dictionary<string, string>());

        Assert.False(new EventRouter([rule]).Route(bare).Matched);
    }

    [Fact]
    public void Route_ReturnsNoMatch_WhenPatternBacktracksCatastrophically()
    {
        var hostile = Make(1, RoutingField.Component, "(a+)+$", isRegex: true, name: "Hostile");
        var hostileInput = new string('a', 5_000) + "!";

        var decision = new EventRouter([hostile]).Route(Event(component: hostileInput));

        Assert.False(decision.Matched);
    }

    [Fact]
    public void Route_TriesLaterRules_AndSaysWhichRuleTimedOut_WhenPatternRunsOutOfTime()
    {
        var hostile = Make(1, RoutingField.Component, "(a|aa)+", isRegex: true, name: "Hostile", id: 1);
        var fallback = Make(2, RoutingField.Class, "latency", id: 2, name: "Latency");

        var decision = new EventRouter([hostile, fallback]).Route(Event(component: new string('a', 5_000) + "!"));

        Assert.Same(fallback, decision.Rule);
        Assert.Equal([hostile], decision.TimedOut);
        Assert.Equal("rule 2 \"Latency\": class is latency; skipped rule 1 \"Hostile\": its pattern took longer than 50 ms on this event", decision.Describe());
    }

    [Fact]
    public void Describe_NamesTheMatchingRule()
    {
        var rule = Make(2, RoutingField.Component, "^spine-.*$", isRegex: true, name: "Spine latency");

        Assert.Equal("rule 2 \"Spine latency\": component matches ^spine-.*$", new EventRouter([rule]).Route(Event()).Describe());
    }
}

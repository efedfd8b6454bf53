using OpsBoard.Domain.Events;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Events;

public sealed class RoutingRuleEditingTests
{
    private readonly TestCmdb cmdb = new();

    [Fact]
    public void Revise_ChangesWhatTheRuleMatches_AndKeepsItsOrderAndEnabled()
    {
        var rule = Rules.Make(3, RoutingField.Component, "spine-db", enabled: false);

        var outcome = rule.Revise(" Platform team ", RoutingField.Label, " platform.* ", cmdb.ThirdLine, isRegex: true, labelName: " team ", TimeSpan.FromMinutes(15));

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal((3, false, "Platform team", RoutingField.Label, "team", "platform.*", true),
            (rule.Order, rule.Enabled, rule.Name, rule.Field, rule.LabelName, rule.Pattern, rule.IsRegex));
        Assert.Equal(cmdb.ThirdLine.Id, rule.GroupId);
        Assert.Equal(TimeSpan.FromMinutes(15), rule.ReopenWindow);
    }

    [Fact]
    public void Revise_MatchesTheNewPattern_AfterTheOldOneWasCompiled()
    {
        var rule = Rules.Make(1, RoutingField.Component, "spine-.*", isRegex: true);
        Assert.Equal(PatternMatch.Yes, rule.Match(Rules.Event(component: "spine-db")));

        Assert.True(rule.Revise("Platform", RoutingField.Component, "platform-.*", cmdb.SecondLine, isRegex: true).Succeeded);

        Assert.Equal(PatternMatch.No, rule.Match(Rules.Event(component: "spine-db")));
        Assert.Equal(PatternMatch.Yes, rule.Match(Rules.Event(component: "platform-db")));
    }

    [Theory]
    [InlineData("", "spine", false, "name", "Enter a name that says which events this rule routes.")]
    [InlineData("Spine", "(", true, "pattern", "The pattern is not a valid regular expression:")]
    [InlineData("Spine", " ", false, "pattern", "Enter the value to match, or a regular expression.")]
    public void Revise_RefusesWithTheFieldAndReason_AndLeavesTheRuleAsItWas(string name, string pattern, bool isRegex, string field, string reason)
    {
        var rule = Rules.Make(2, RoutingField.Source, "spine-core", name: "Spine core");

        var outcome = rule.Revise(name, RoutingField.Component, pattern, cmdb.ThirdLine, isRegex);

        Assert.False(outcome.Succeeded);
        Assert.Equal(field, outcome.Field);
        Assert.StartsWith(reason, outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(("Spine core", RoutingField.Source, "spine-core", false, cmdb.SecondLine.Id),
            (rule.Name, rule.Field, rule.Pattern, rule.IsRegex, rule.GroupId));
    }

    [Fact]
    public void Revise_RefusesTheServiceOperationsCentre()
    {
        var rule = Rules.Make(1, RoutingField.Source, "spine");

        var outcome = rule.Revise("Spine", RoutingField.Source, "spine", cmdb.Soc);

        Assert.Equal("group", outcome.Field);
        Assert.Equal("Events go straight to a resolver group, not to the Service Operations Centre; pick a 2nd line group.", outcome.Reason);
        Assert.Equal(cmdb.SecondLine.Id, rule.GroupId);
    }

    [Fact]
    public void MoveTo_ChangesTheOrder_AndRefusesZero()
    {
        var rule = Rules.Make(4, RoutingField.Source, "spine");

        Assert.True(rule.MoveTo(1).Succeeded);
        var refused = rule.MoveTo(0);

        Assert.Equal(("order", "The order must be 1 or more: rule 1 is tried first."), (refused.Field, refused.Reason));
        Assert.Equal(1, rule.Order);
    }

    [Fact]
    public void Disable_TakesTheRuleOutOfRouting_AndEnablePutsItBack()
    {
        var rule = Rules.Make(1, RoutingField.Source, "spine-core-01.nhs.uk", id: 1);

        rule.Disable();
        Assert.False(new EventRouter([rule]).Route(Rules.Event()).Matched);

        rule.Enable();
        Assert.Same(rule, new EventRouter([rule]).Route(Rules.Event()).Rule);
    }
}

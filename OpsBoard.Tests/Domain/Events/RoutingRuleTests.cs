using OpsBoard.Domain.Events;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Events;

public sealed class RoutingRuleTests
{
    private readonly TestCmdb cmdb = new();

    [Fact]
    public void Create_ReturnsEnabledRule_WithOneHourReopenWindow_WhenWindowNotGiven()
    {
        var result = RoutingRule.Create(2, "  Spine latency ", RoutingField.Component, " ^spine-.*$ ", cmdb.SecondLine, isRegex: true);

        Assert.True(result.Succeeded, result.Outcome.Reason);
        Assert.True(result.Outcome.Succeeded);
        var rule = result.Rule;
        Assert.Equal((2, "Spine latency", RoutingField.Component, "^spine-.*$", true), (rule.Order, rule.Name, rule.Field, rule.Pattern, rule.IsRegex));
        Assert.Equal(cmdb.SecondLine.Id, rule.GroupId);
        Assert.Equal(TimeSpan.FromHours(1), rule.ReopenWindow);
        Assert.True(rule.Enabled);
        Assert.Null(rule.LabelName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7 * 24 * 60)]
    public void Create_AcceptsReopenWindow_FromZeroToSevenDays(int minutes)
    {
        var result = RoutingRule.Create(1, "Spine", RoutingField.Source, "spine", cmdb.ThirdLine, reopenWindow: TimeSpan.FromMinutes(minutes));

        Assert.True(result.Succeeded, result.Outcome.Reason);
        Assert.Equal(TimeSpan.FromMinutes(minutes), result.Rule.ReopenWindow);
    }

    [Fact]
    public void Create_KeepsLabelName_OnlyForLabelRules()
    {
        var label = RoutingRule.Create(1, "Messaging team", RoutingField.Label, "messaging", cmdb.SecondLine, labelName: " team ");
        var source = RoutingRule.Create(1, "Spine", RoutingField.Source, "spine", cmdb.SecondLine, labelName: "team");

        Assert.Equal("team", label.Rule!.LabelName);
        Assert.Null(source.Rule!.LabelName);
    }

    public static TheoryData<RoutingField, string?, bool, string?, int, string, string> Refusals => new()
    {
        { RoutingField.Source, "", false, null, 60, "pattern", "Enter the value to match, or a regular expression." },
        { RoutingField.Source, "   ", false, null, 60, "pattern", "Enter the value to match, or a regular expression." },
        { RoutingField.Source, null, true, null, 60, "pattern", "Enter the value to match, or a regular expression." },
        { RoutingField.Label, "messaging", false, null, 60, "labelName", "Enter the name of the label to match, for example team or severity." },
        { RoutingField.Label, "messaging", false, "  ", 60, "labelName", "Enter the name of the label to match, for example team or severity." },
        { RoutingField.Source, "spine", false, null, -1, "reopenWindow", "The reopen window cannot be negative; enter 0 to open a new EVT after every resolve." },
        { RoutingField.Source, "spine", false, null, 7 * 24 * 60 + 1, "reopenWindow", "The reopen window can be at most 7 days; an event that comes back later opens a new EVT." },
        { RoutingField.Source, "spine", false, null, 8 * 24 * 60, "reopenWindow", "The reopen window can be at most 7 days; an event that comes back later opens a new EVT." },
        { RoutingField.Integration, "spine", false, null, 60, "pattern", "'spine' is not an integration id; enter the integration's number, for example 3." },
        { RoutingField.Integration, "-3", false, null, 60, "pattern", "'-3' is not an integration id; enter the integration's number, for example 3." },
        { RoutingField.Integration, "0", false, null, 60, "pattern", "'0' is not an integration id; enter the integration's number, for example 3." },
        { RoutingField.Integration, "3", true, null, 60, "isRegex", "Match an integration by its id alone; a regular expression cannot be used for integrations." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Create_IsRefused_WithFieldAndSentence(RoutingField field, string? pattern, bool isRegex, string? labelName, int windowMinutes, string expectedField, string expectedReason)
    {
        var result = RoutingRule.Create(1, "Spine", field, pattern, cmdb.SecondLine, isRegex, labelName, TimeSpan.FromMinutes(windowMinutes));

        Assert.False(result.Succeeded);
        Assert.Null(result.Rule);
        Assert.Equal(expectedField, result.Outcome.Field);
        Assert.Equal(expectedReason, result.Outcome.Reason);
    }

    [Theory]
    [InlineData("spine-(db", "Not enough )'s.")]
    [InlineData("[a-", "Unterminated [] set.")]
    [InlineData("*spine", "Quantifier '*' following nothing.")]
    public void Create_IsRefused_WithDotNetsReason_WhenRegexDoesNotCompile(string pattern, string why)
    {
        var result = RoutingRule.Create(1, "Spine", RoutingField.Component, pattern, cmdb.SecondLine, isRegex: true);

        Assert.False(result.Succeeded);
        Assert.Equal("pattern", result.Outcome.Field);
        Assert.StartsWith("The pattern is not a valid regular expression: ", result.Outcome.Reason);
        Assert.Contains(why, result.Outcome.Reason);
    }

    [Fact]
    public void Create_AcceptsSameText_AsExactValue_WhenNotRegex()
    {
        var result = RoutingRule.Create(1, "Odd component", RoutingField.Component, "spine-(db", cmdb.SecondLine);

        Assert.True(result.Succeeded, result.Outcome.Reason);
    }

    [Fact]
    public void Create_IsRefused_WhenGroupIsTheServiceOperationsCentre()
    {
        var result = RoutingRule.Create(1, "Spine", RoutingField.Source, "spine", cmdb.Soc);

        Assert.Equal("group", result.Outcome.Field);
        Assert.Equal("Events go straight to a resolver group, not to the Service Operations Centre; pick a 2nd line group.", result.Outcome.Reason);
    }

    [Theory]
    [InlineData(0, "Spine", "order", "The order must be 1 or more: rule 1 is tried first.")]
    [InlineData(1, " ", "name", "Enter a name that says which events this rule routes.")]
    [InlineData(1, null, "name", "Enter a name that says which events this rule routes.")]
    public void Create_IsRefused_WithoutOrderOrName(int order, string? name, string field, string reason)
    {
        var result = RoutingRule.Create(order, name, RoutingField.Source, "spine", cmdb.SecondLine);

        Assert.Equal((field, reason), (result.Outcome.Field, result.Outcome.Reason));
    }

    [Fact]
    public void Create_IsRefused_WhenPatternTooLong()
    {
        var result = RoutingRule.Create(1, "Spine", RoutingField.Source, new string('a', RoutingRule.MaxPatternLength + 1), cmdb.SecondLine);

        Assert.Equal(("pattern", "The pattern is 501 characters; the most is 500."), (result.Outcome.Field, result.Outcome.Reason));
    }

    [Theory]
    [InlineData(RoutingField.Component, "^spine-.*$", true, null, "rule 2 \"Spine latency\": component matches ^spine-.*$")]
    [InlineData(RoutingField.Source, "spine-core-01", false, null, "rule 2 \"Spine latency\": source is spine-core-01")]
    [InlineData(RoutingField.Label, "messaging", false, "team", "rule 2 \"Spine latency\": label team is messaging")]
    [InlineData(RoutingField.Integration, "4", false, null, "rule 2 \"Spine latency\": integration is 4")]
    public void Describe_SaysRuleInPlainWords(RoutingField field, string pattern, bool isRegex, string? labelName, string expected)
    {
        var rule = RoutingRule.Create(2, "Spine latency", field, pattern, cmdb.SecondLine, isRegex, labelName).Rule!;

        Assert.Equal(expected, rule.Describe());
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Events;

/// <summary>
/// One ordered routing rule: when an event's field is (or matches) the pattern, the event's EVT record goes straight to
/// the rule's group. The lowest order that matches wins; a trigger within the reopen window after a resolve reopens the EVT.
/// </summary>
public sealed partial class RoutingRule
{
    public const int MaxNameLength = 100;
    public const int MaxLabelNameLength = 200;
    public const int MaxPatternLength = 500;

    public static readonly TimeSpan DefaultReopenWindow = TimeSpan.FromHours(1);
    public static readonly TimeSpan MaxReopenWindow = TimeSpan.FromDays(7);

    private RoutingRule()
    {
        Name = string.Empty;
        Pattern = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>Where the rule stands in the list: the lowest order that matches wins, ties go to the older rule.</summary>
    public int Order { get; private set; }

    public string Name { get; private set; }

    public RoutingField Field { get; private set; }

    /// <summary>The label to read when <see cref="Field"/> is Label; null otherwise.</summary>
    public string? LabelName { get; private set; }

    /// <summary>The exact value (ordinal, ignoring case), or a .NET regular expression that must match the whole value.</summary>
    public string Pattern { get; private set; }

    public bool IsRegex { get; private set; }

    /// <summary>The resolver group the event's record is assigned to.</summary>
    public int GroupId { get; private set; }

    public SupportGroup? Group { get; private set; }

    public TimeSpan ReopenWindow { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>A rule from what an administrator entered, or the first thing wrong with it.</summary>
    public static RoutingRuleResult Create(
        int order, string? name, RoutingField field, string? pattern, SupportGroup group,
        bool isRegex = false, string? labelName = null, TimeSpan? reopenWindow = null, bool enabled = true)
    {
        ArgumentNullException.ThrowIfNull(group);
        name = name?.Trim();
        pattern = pattern?.Trim();
        labelName = field == RoutingField.Label ? labelName?.Trim() : null;
        var window = reopenWindow ?? DefaultReopenWindow;
        var refusal = Check(order, name, field, pattern, isRegex, labelName, group, window);
        if (!refusal.Succeeded) return RoutingRuleResult.Refused(refusal);
        return new(new RoutingRule
        {
            Order = order,
            Name = name!,
            Field = field,
            LabelName = labelName,
            Pattern = pattern!,
            IsRegex = isRegex,
            Group = group,
            GroupId = group.Id,
            ReopenWindow = window,
            Enabled = enabled,
        }, Outcome.Done);
    }

    private static Outcome Check(int order, string? name, RoutingField field, string? pattern, bool isRegex, string? labelName, SupportGroup group, TimeSpan window)
    {
        if (order < 1) return Outcome.Refused("The order must be 1 or more: rule 1 is tried first.", "order");
        if (string.IsNullOrEmpty(name)) return Outcome.Refused("Enter a name that says which events this rule routes.", "name");
        if (name.Length > MaxNameLength) return Outcome.Refused($"The name is {name.Length} characters; keep it to {MaxNameLength}.", "name");
        if (!Enum.IsDefined(field)) return Outcome.Refused("Pick what to match on: integration, source, component, group, class or label.", "field");
        if (field == RoutingField.Label && string.IsNullOrEmpty(labelName)) return Outcome.Refused("Enter the name of the label to match, for example team or severity.", "labelName");
        if (labelName is { Length: > MaxLabelNameLength }) return Outcome.Refused($"The label name is {labelName.Length} characters; the most is {MaxLabelNameLength}.", "labelName");
        if (string.IsNullOrEmpty(pattern)) return Outcome.Refused("Enter the value to match, or a regular expression.", "pattern");
        if (pattern.Length > MaxPatternLength) return Outcome.Refused($"The pattern is {pattern.Length} characters; the most is {MaxPatternLength}.", "pattern");
        if (field == RoutingField.Integration)
        {
            if (isRegex) return Outcome.Refused("Match an integration by its id alone; a regular expression cannot be used for integrations.", "isRegex");
            if (!TryParseIntegrationId(pattern, out _)) return Outcome.Refused($"'{pattern}' is not an integration id; enter the integration's number, for example 3.", "pattern");
        }
        if (isRegex && RegexProblem(pattern) is { } problem) return Outcome.Refused($"The pattern is not a valid regular expression: {problem}", "pattern");
        if (group.IsServiceOperationsCentre) return Outcome.Refused($"Events go straight to a resolver group, not to the {group.Name}; pick a 2nd line group.", "group");
        if (window < TimeSpan.Zero) return Outcome.Refused("The reopen window cannot be negative; enter 0 to open a new EVT after every resolve.", "reopenWindow");
        if (window > MaxReopenWindow) return Outcome.Refused($"The reopen window can be at most {MaxReopenWindow.TotalDays:0} days; an event that comes back later opens a new EVT.", "reopenWindow");
        return Outcome.Done;
    }

    private static bool TryParseIntegrationId(string pattern, out int id) =>
        int.TryParse(pattern, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    /// <summary>Why the pattern cannot be used, from .NET's own message, or null when it compiles as written and anchored.</summary>
    private static string? RegexProblem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options, MatchTimeout);
            _ = Anchored(pattern);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}

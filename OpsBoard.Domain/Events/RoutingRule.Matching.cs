using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsBoard.Domain.Events;

public sealed partial class RoutingRule
{
    /// <summary>Long enough for any honest pattern on an event's short values, short enough that a hostile one cannot hold up intake.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Built on first use and kept: rules are loaded once and then matched against many events. Regex is thread-safe.
    private Regex? regex;

    /// <summary>
    /// Whether this rule's pattern matches the event. A rule never matches an event that lacks its field (or label),
    /// and a regular expression that runs out of time is reported, and counts as no match.
    /// </summary>
    public PatternMatch Match(EventFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Field == RoutingField.Integration)
        {
            return TryParseIntegrationId(Pattern, out var id) && id == facts.IntegrationId ? PatternMatch.Yes : PatternMatch.No;
        }
        if (ValueIn(facts) is not { } value) return PatternMatch.No;
        if (!IsRegex) return string.Equals(value, Pattern, StringComparison.OrdinalIgnoreCase) ? PatternMatch.Yes : PatternMatch.No;
        try
        {
            regex ??= Anchored(Pattern);
            return regex.IsMatch(value) ? PatternMatch.Yes : PatternMatch.No;
        }
        catch (RegexMatchTimeoutException)
        {
            return PatternMatch.TimedOut;
        }
    }

    /// <summary>The rule in one line for a record's history, e.g. <c>rule 2 "Spine latency": component matches ^spine-.*$</c>.</summary>
    public string Describe() =>
        $"rule {Order.ToString(CultureInfo.InvariantCulture)} \"{Name}\": {FieldWords()} {(IsRegex ? "matches" : "is")} {Pattern}";

    private string FieldWords() => Field == RoutingField.Label ? $"label {LabelName}" : Field.ToString().ToLowerInvariant();

    private string? ValueIn(EventFacts facts) => Field switch
    {
        RoutingField.Source => facts.Source,
        RoutingField.Component => facts.Component,
        RoutingField.Group => facts.Group,
        RoutingField.Class => facts.Class,
        RoutingField.Label => LabelName is { } label && facts.Labels.TryGetValue(label, out var value) ? value : null,
        _ => null,
    };

    /// <summary>The pattern must match the whole value: "spine" does not match "spine-db"; "spine.*" does.</summary>
    private static Regex Anchored(string pattern) => new($@"\A(?:{pattern})\z", Options, MatchTimeout);
}

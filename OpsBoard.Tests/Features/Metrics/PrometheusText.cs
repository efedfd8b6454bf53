using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsBoard.Tests.Features.Metrics;

/// <summary>
/// A strict reader of Prometheus's text format 0.0.4, written from the format's description: every line must be a comment,
/// HELP, TYPE or a sample; a family's TYPE comes before its samples, which stay together; histograms' buckets are cumulative
/// and their +Inf bucket equals their count. Anything else fails the test, naming the line.
/// </summary>
public sealed partial class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    private readonly Dictionary<string, string> types = [];
    private readonly List<Sample> samples = [];

    public IReadOnlyDictionary<string, string> Types => types;

    public IReadOnlyList<Sample> Samples => samples;

    public static PrometheusText Parse(string text)
    {
        var parsed = new PrometheusText();
        var closed = new HashSet<string>();
        string? current = null;
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                if (TypeLine().Match(line) is { Success: true } type)
                {
                    var family = type.Groups[1].Value;
                    Assert.True(parsed.types.TryAdd(family, type.Groups[2].Value), $"Line {number}: a second TYPE for {family}.");
                    Assert.DoesNotContain(parsed.samples, s => FamilyOf(s.Name, parsed.types) == family);
                }
                else if (line.StartsWith("# HELP ", StringComparison.Ordinal)) Assert.Matches(HelpLine(), line);
                continue;
            }
            var sample = ReadSample(line, number);
            var of = FamilyOf(sample.Name, parsed.types);
            Assert.True(of is not null, $"Line {number}: {sample.Name} has no TYPE line before it.");
            if (of != current)
            {
                Assert.True(closed.Add(of!), $"Line {number}: the samples of {of} are not together.");
                current = of;
            }
            Assert.DoesNotContain(parsed.samples, s => s.Name == sample.Name && Same(s.Labels, sample.Labels));
            parsed.samples.Add(sample);
        }
        parsed.CheckHistograms();
        return parsed;
    }

    /// <summary>The value of the one sample with exactly these labels.</summary>
    public double Value(string name, params (string Name, string Value)[] labels)
    {
        var wanted = labels.ToDictionary(l => l.Name, l => l.Value);
        var found = samples.Where(s => s.Name == name && Same(s.Labels, wanted)).ToList();
        Assert.True(found.Count == 1, $"{found.Count} samples {name}{{{string.Join(",", labels.Select(l => $"{l.Name}=\"{l.Value}\""))}}}.");
        return found[0].Value;
    }

    public IEnumerable<Sample> Of(string name) => samples.Where(s => s.Name == name);

    private void CheckHistograms()
    {
        foreach (var family in types.Where(t => t.Value == "histogram").Select(t => t.Key))
        {
            var buckets = samples.Where(s => s.Name == family + "_bucket").ToList();
            Assert.NotEmpty(buckets);
            foreach (var series in buckets.GroupBy(b => string.Join(",", b.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"))))
            {
                var ordered = series.Select(b => (Le: ReadNumber(b.Labels["le"]), b.Value)).ToList();
                Assert.Equal(ordered.OrderBy(b => b.Le).Select(b => b.Le), ordered.Select(b => b.Le));
                Assert.Equal(double.PositiveInfinity, ordered[^1].Le);
                for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i].Value >= ordered[i - 1].Value, $"{family}: bucket le={ordered[i].Le} is below the one before.");
                Assert.Equal(ordered[^1].Value, Value(family + "_count"));
                Assert.True(Value(family + "_sum") >= 0, $"{family}_sum is negative.");
            }
        }
    }

    private static Sample ReadSample(string line, int number)
    {
        var match = SampleLine().Match(line);
        Assert.True(match.Success, $"Line {number} is not a sample: {line}");
        var labels = new Dictionary<string, string>();
        var rest = match.Groups["labels"].Value;
        var at = 0;
        while (at < rest.Length)
        {
            var name = LabelName().Match(rest, at);
            Assert.True(name.Success && name.Index == at, $"Line {number}: a bad label name at {at}: {line}");
            at += name.Length;
            var value = new StringBuilder();
            for (; rest[at] != '"'; at++)
            {
                if (rest[at] == '\\')
                {
                    at++;
                    value.Append(rest[at] switch
                    {
                        'n' => '\n',
                        '\\' => '\\',
                        '"' => '"',
                        _ => throw new Xunit.Sdk.XunitException($"Line {number}: a bad escape \\{rest[at]}."),
                    });
                }
                else value.Append(rest[at]);
            }
            at++;
            Assert.True(labels.TryAdd(name.Groups[1].Value, value.ToString()), $"Line {number}: label {name.Groups[1].Value} twice.");
            if (at < rest.Length)
            {
                Assert.Equal(',', rest[at]);
                at++;
            }
        }
        return new Sample(match.Groups["name"].Value, labels, ReadNumber(match.Groups["value"].Value));
    }

    private static double ReadNumber(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string? FamilyOf(string name, Dictionary<string, string> types)
    {
        if (types.ContainsKey(name)) return name;
        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && types.GetValueOrDefault(name[..^suffix.Length]) is "histogram" or "summary") return name[..^suffix.Length];
        }
        return null;
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(l => b.TryGetValue(l.Key, out var v) && v == l.Value);

    [GeneratedRegex(@"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*$")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\+Inf|-Inf|NaN|[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?)( -?[0-9]+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""")]
    private static partial Regex LabelName();
}

using System.Globalization;
using System.Text;

namespace OpsBoard.Web.Features.Metrics;

/// <summary>
/// Writes Prometheus's text exposition format 0.0.4: a HELP and a TYPE line per metric, then its samples, with label values
/// and help text escaped as the format says and numbers in invariant culture (+Inf for infinity).
/// </summary>
public sealed class Exposition
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder text = new();

    public void Describe(string name, string type, string help)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\n", @"\n", StringComparison.Ordinal)).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    public void Sample(string name, IReadOnlyList<(string Name, string Value)> labels, double value)
    {
        text.Append(name);
        if (labels.Count > 0)
        {
            text.Append('{');
            for (var i = 0; i < labels.Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(labels[i].Name).Append("=\"").Append(Escape(labels[i].Value)).Append('"');
            }
            text.Append('}');
        }
        text.Append(' ').Append(Number(value)).Append('\n');
    }

    public void Sample(string name, double value) => Sample(name, [], value);

    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Escape(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", @"\n", StringComparison.Ordinal);

    public override string ToString() => text.ToString();
}

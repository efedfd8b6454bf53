using OpsBoard.Web.Features.Metrics;

namespace OpsBoard.Tests.Features.Metrics;

/// <summary>The hand-written registry's text: buckets by upper bound, counters by label, escaping, all readable by a strict reader.</summary>
public sealed class ExpositionTests
{
    [Fact]
    public void Histogram_CountsAValueOnABoundInThatBucket_AndAboveTheLastInInfOnly()
    {
        var histogram = new Histogram("test_seconds", "Test.", 0.1, 1);
        histogram.Observe(0.1);
        histogram.Observe(0.5);
        histogram.Observe(TimeSpan.FromSeconds(3));
        var exposition = new Exposition();

        histogram.WriteTo(exposition);

        var text = PrometheusText.Parse(exposition.ToString());
        Assert.Equal([1, 2, 3], new[] { "0.1", "1", "+Inf" }.Select(le => text.Value("test_seconds_bucket", ("le", le))));
        Assert.Equal((3, 3.6), (text.Value("test_seconds_count"), Math.Round(text.Value("test_seconds_sum"), 6)));
    }

    [Fact]
    public void Counter_WritesEveryKnownLabelValue_AndEscapesOthers()
    {
        var counter = new Counter("test_total", "A \\ help\nline.", "status", "400", "503");
        counter.Add("400");
        counter.Add("say \"no\"\\\n", 2);
        var exposition = new Exposition();

        counter.WriteTo(exposition);

        var text = PrometheusText.Parse(exposition.ToString());
        Assert.Contains("# HELP test_total A \\\\ help\\nline.\n", exposition.ToString());
        Assert.Equal((1, 0, 2), (text.Value("test_total", ("status", "400")), text.Value("test_total", ("status", "503")), text.Value("test_total", ("status", "say \"no\"\\\n"))));
        Assert.Throws<InvalidOperationException>(() => counter.Add());
    }
}

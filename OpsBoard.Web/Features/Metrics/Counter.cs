using System.Collections.Concurrent;

namespace OpsBoard.Web.Features.Metrics;

/// <summary>A count that only goes up while the app runs, optionally split by one label; safe to add to from any thread.</summary>
public sealed class Counter(string name, string help, string? label = null, params string[] knownValues)
{
    private readonly ConcurrentDictionary<string, long> counts = new(knownValues.Select(v => KeyValuePair.Create(v, 0L)));
    private long total;

    public string Name => name;

    public void Add(long count = 1)
    {
        if (label is not null) throw new InvalidOperationException($"{name} is counted by {label}: say which.");
        Interlocked.Add(ref total, count);
    }

    public void Add(string value, long count = 1)
    {
        if (label is null) throw new InvalidOperationException($"{name} has no label.");
        counts.AddOrUpdate(value, count, (_, before) => before + count);
    }

    public void WriteTo(Exposition exposition)
    {
        exposition.Describe(name, "counter", help);
        if (label is null)
        {
            exposition.Sample(name, Interlocked.Read(ref total));
            return;
        }
        foreach (var (value, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal)) exposition.Sample(name, [(label, value)], count);
    }
}

namespace OpsBoard.Web.Features.Admin;

/// <summary>Builds an audit entry's change text: "Response: 2h -> 1h 30m; Watch: 50% -> 60%", listing only what differs.</summary>
public sealed class AuditChange
{
    private readonly List<string> parts = [];

    public bool IsEmpty => parts.Count == 0;

    public AuditChange Add(string field, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal)) parts.Add($"{field}: {before} -> {after}");
        return this;
    }

    public AuditChange Note(string text)
    {
        parts.Add(text);
        return this;
    }

    public override string ToString() => string.Join("; ", parts);
}

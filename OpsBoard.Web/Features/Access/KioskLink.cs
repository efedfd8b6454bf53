namespace OpsBoard.Web.Features.Access;

/// <summary>
/// A read-only link for a wall screen: it opens <c>/wall</c> and nothing else, limited to chosen groups and services (none
/// chosen: all). The link's secret is shown once and kept only as a hash; revoking it stops the screen at its next request.
/// </summary>
public sealed class KioskLink
{
    public const int MaxNameLength = 100;

    private KioskLink()
    {
        Name = Hash = Hint = CreatedBy = string.Empty;
    }

    public KioskLink(string name, string hash, string hint, IReadOnlyList<int> groups, IReadOnlyList<int> services, string createdBy, DateTimeOffset createdAt)
    {
        Name = name;
        Hash = hash;
        Hint = hint;
        Groups = [.. groups];
        Services = [.. services];
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Hash { get; private set; }

    public string Hint { get; private set; }

    /// <summary>The support groups the screen may show; empty for all.</summary>
    public List<int> Groups { get; private set; } = [];

    /// <summary>The services the screen may show; empty for all.</summary>
    public List<int> Services { get; private set; } = [];

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Used(DateTimeOffset at) => LastUsedAt = at;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}

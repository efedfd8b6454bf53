namespace OpsBoard.Web.Features.Access;

/// <summary>
/// A personal access token for the REST API and the hub (<c>Authorization: Bearer ...</c>): it carries its user's roles,
/// is shown once and kept only as a hash, and works until revoked.
/// </summary>
public sealed class AccessToken
{
    public const int MaxNameLength = 100;

    private AccessToken()
    {
        UserId = Name = Hash = Hint = string.Empty;
    }

    public AccessToken(string userId, string name, string hash, string hint, DateTimeOffset createdAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        Hint = hint;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public string Name { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The token's last four characters, so its owner can tell tokens apart.</summary>
    public string Hint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Used(DateTimeOffset at) => LastUsedAt = at;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}

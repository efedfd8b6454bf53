using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Access;

/// <summary>Issues, lists, checks and revokes personal access tokens; each issue and revoke is in the audit log, never the token.</summary>
public sealed class AccessTokens(IDbContextFactory<OpsBoardDb> dbs, TimeProvider clock)
{
    public const string Prefix = "opb_";

    // A token's last use is written at most this often, so an API client does not write on every call.
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    /// <summary>Why a token name will not do, or null.</summary>
    public static string? NameProblem(string? name) =>
        Secrets.NameProblem(name, AccessToken.MaxNameLength, "Name the token after what uses it, e.g. \"Nightly report script\".");

    /// <summary>Issues a token for the user; the token is in the answer and nowhere else.</summary>
    public async Task<(AccessToken Token, string Secret)> IssueAsync(string userId, string name, string by, string? secret = null, CancellationToken ct = default)
    {
        secret ??= Prefix + Secrets.New(40);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var owner = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        var token = new AccessToken(userId, name.Trim(), Secrets.Hash(secret), secret[^4..], clock.GetUtcNow());
        db.AccessTokens.Add(token);
        db.AuditLog.Add(new AuditEntry(token.CreatedAt, by, AuditArea.AccessToken, $"{token.Name} of {owner}", $"Issued a personal access token ending {token.Hint}."));
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    /// <summary>Revokes the user's token (admins may revoke anyone's); false when there is no such token.</summary>
    public async Task<bool> RevokeAsync(int id, string? userId, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && (userId == null || t.UserId == userId), ct);
        if (token is null) return false;
        if (token.IsRevoked) return true;
        var owner = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        token.Revoke(clock.GetUtcNow());
        db.AuditLog.Add(new AuditEntry(token.RevokedAt!.Value, by, AuditArea.AccessToken, $"{token.Name} of {owner}", $"Revoked the personal access token ending {token.Hint}."));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<AccessTokenView>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Id).ToListAsync(ct);
        return [.. tokens.Select(t => new AccessTokenView(t.Id, t.Name, Secrets.Hint(t.Hint), t.CreatedAt, t.LastUsedAt, t.RevokedAt))];
    }

    /// <summary>Whether a token with this secret exists (revoked or not); unlike a check, it does not count as a use.</summary>
    public async Task<bool> ExistsAsync(string secret, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.AccessTokens.AnyAsync(t => t.Hash == Secrets.Hash(secret), ct);
    }

    /// <summary>The active user a token belongs to, with their roles; or why it is refused.</summary>
    public async Task<TokenCheck> CheckAsync(string secret, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Hash == Secrets.Hash(secret), ct);
        if (token is null) return new TokenCheck(null, [], "No access token matches; create one under your name (top right) > Access tokens.");
        if (token.IsRevoked) return new TokenCheck(null, [], $"The access token \"{token.Name}\" has been revoked; create a new one.");
        var now = clock.GetUtcNow();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == token.UserId, ct);
        if (user.LockoutEnd is { } end && end > now) return new TokenCheck(null, [], $"{user.DisplayName}'s account is locked until {end:u}.");
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        if (token.LastUsedAt is not { } last || now - last >= UseResolution)
        {
            token.Used(now);
            await db.SaveChangesAsync(ct);
        }
        return new TokenCheck(user, roles, null, await db.GroupsOfPersonAsync(user.PersonId, ct));
    }
}

public sealed record AccessTokenView(int Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record TokenCheck(OpsBoardUser? User, IReadOnlyList<string> Roles, string? Problem, IReadOnlyList<int>? Groups = null);

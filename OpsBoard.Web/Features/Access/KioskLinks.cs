using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Kiosk links for wall screens. Opening <c>/kiosk/{secret}</c> checks the link and gives the browser a signed, read-only
/// kiosk cookie (its role opens <c>/wall</c> only, limited to the link's groups and services); each request checks that the
/// link is still active, so revoking it stops the screen. The link itself is kept as a hash, so it survives restarts.
/// </summary>
public sealed class KioskLinks(IDbContextFactory<OpsBoardDb> dbs, TimeProvider clock)
{
    public const string Scheme = "Kiosk";
    public const string Role = "Kiosk";
    public const string CookieName = "OpsBoard.Kiosk";
    public const string LinkClaim = "opsboard:kiosk";
    public const string GroupClaim = "opsboard:group";
    public const string ServiceClaim = "opsboard:service";
    public const string PathPrefix = "/kiosk";

    /// <summary>Why a kiosk link's name will not do, or null.</summary>
    public static string? NameProblem(string? name) => Secrets.NameProblem(name, KioskLink.MaxNameLength, "Name the screen, e.g. \"SOC wall, left\".");

    public async Task<(KioskLink Link, string Secret)> IssueAsync(string name, IReadOnlyList<int> groups, IReadOnlyList<int> services, string by, CancellationToken ct = default)
    {
        var secret = Secrets.New(40);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var link = new KioskLink(name.Trim(), Secrets.Hash(secret), secret[^4..], groups, services, by, clock.GetUtcNow());
        db.KioskLinks.Add(link);
        db.AuditLog.Add(new AuditEntry(link.CreatedAt, by, AuditArea.KioskLink, link.Name, $"Issued a kiosk link ending {link.Hint} ({Scope(link, await NamesAsync(db, ct))})."));
        await db.SaveChangesAsync(ct);
        return (link, secret);
    }

    public async Task<bool> RevokeAsync(int id, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var link = await db.KioskLinks.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (link is null) return false;
        if (link.IsRevoked) return true;
        link.Revoke(clock.GetUtcNow());
        db.AuditLog.Add(new AuditEntry(link.RevokedAt!.Value, by, AuditArea.KioskLink, link.Name, $"Revoked the kiosk link ending {link.Hint}."));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<KioskLinkView>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var links = await db.KioskLinks.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
        var names = await NamesAsync(db, ct);
        return [.. links.Select(link => new KioskLinkView(link.Id, link.Name, Secrets.Hint(link.Hint), Scope(link, names), link.CreatedBy, link.CreatedAt, link.LastUsedAt, link.RevokedAt))];
    }

    /// <summary>The active link a secret opens, or null.</summary>
    public async Task<KioskLink?> OpenAsync(string secret, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var link = await db.KioskLinks.SingleOrDefaultAsync(k => k.Hash == Secrets.Hash(secret), ct);
        if (link is null || link.IsRevoked) return null;
        link.Used(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return link;
    }

    public async Task<bool> IsActiveAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.KioskLinks.AnyAsync(k => k.Id == id && k.RevokedAt == null, ct);
    }

    /// <summary>The wall screen's principal: the kiosk role and the link's scope, nothing else.</summary>
    public static ClaimsPrincipal Principal(KioskLink link)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"kiosk:{link.Id}"),
            new(ClaimTypes.Name, $"Wall screen \"{link.Name}\""),
            new(ClaimTypes.Role, Role),
            new(LinkClaim, link.Id.ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(link.Groups.Select(g => new Claim(GroupClaim, g.ToString(CultureInfo.InvariantCulture))));
        claims.AddRange(link.Services.Select(s => new Claim(ServiceClaim, s.ToString(CultureInfo.InvariantCulture))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The groups and services a kiosk principal may see (empty for all), or null when it is not a kiosk.</summary>
    public static (int[] Groups, int[] Services)? ScopeOf(ClaimsPrincipal user) =>
        user.IsInRole(Role)
            ? ([.. user.FindAll(GroupClaim).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))],
               [.. user.FindAll(ServiceClaim).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))])
            : null;

    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // A wall screen runs for weeks; every request still checks that its link is active.
        o.ExpireTimeSpan = TimeSpan.FromDays(400);
        o.SlidingExpiration = true;
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/account/denied";
        o.Events.OnValidatePrincipal = async c =>
        {
            var id = c.Principal?.FindFirst(LinkClaim)?.Value;
            var links = c.HttpContext.RequestServices.GetRequiredService<KioskLinks>();
            if (id is null || !await links.IsActiveAsync(int.Parse(id, CultureInfo.InvariantCulture), c.HttpContext.RequestAborted))
            {
                c.RejectPrincipal();
                await c.HttpContext.SignOutAsync(Scheme);
            }
        };
        Problems.AnswerProgramsWithProblems(o, "The kiosk link was revoked; ask an administrator for a new one.", "A kiosk link opens the wall screen only.");
    }

    // The CMDB's group and service names, read once for all the links a list or an audit line describes.
    private static async Task<(Dictionary<int, string> Groups, Dictionary<int, string> Services)> NamesAsync(OpsBoardDb db, CancellationToken ct) =>
        (await db.SupportGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct),
         await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct));

    private static string Scope(KioskLink link, (Dictionary<int, string> Groups, Dictionary<int, string> Services) names)
    {
        static string Named(List<int> ids, Dictionary<int, string> names, string all) => ids.Count == 0 ? all
            : string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, $"#{id}")).Order(StringComparer.OrdinalIgnoreCase));
        return $"{Named(link.Groups, names.Groups, "all groups")}; {Named(link.Services, names.Services, "all services")}";
    }
}

public sealed record KioskLinkView(int Id, string Name, string Hint, string Scope, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

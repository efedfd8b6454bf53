using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// A signed-in person's name is their display name ("Ruth Okafor"), as the history, the audit log and the header show it;
/// their support groups come with it, for <see cref="RecordRules"/>.
/// </summary>
public sealed class UserClaims(UserManager<OpsBoardUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, IDbContextFactory<OpsBoardDb> dbs)
    : UserClaimsPrincipalFactory<OpsBoardUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OpsBoardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (identity.FindFirst(identity.NameClaimType) is { } name) identity.RemoveClaim(name);
        identity.AddClaim(new Claim(identity.NameClaimType, user.DisplayName));
        if (user.Email is { } email) identity.AddClaim(new Claim(ClaimTypes.Email, email));
        await using var db = await dbs.CreateDbContextAsync();
        identity.AddClaims(RecordRules.MemberOf(await db.GroupsOfPersonAsync(user.PersonId)));
        return identity;
    }
}

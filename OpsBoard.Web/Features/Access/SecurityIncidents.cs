using System.Security.Claims;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Who may see a security incident (<see cref="Record.IsSecurityIncident"/>): security analysts and administrators, never a
/// kiosk. The one rule: queries, the API, the hub, live pages and wall screens all ask it here. For everyone else such a
/// record is absent, as if it did not exist.
/// </summary>
public static class SecurityIncidents
{
    public static bool CanSee(ClaimsPrincipal user) =>
        !user.IsInRole(KioskLinks.Role) && (user.IsInRole(Roles.SecurityAnalyst) || user.IsInRole(Roles.Admin));

    /// <summary>The records <paramref name="user"/> may see: all of them, or all but the security incidents.</summary>
    public static IQueryable<Record> VisibleTo(this IQueryable<Record> records, ClaimsPrincipal user) =>
        CanSee(user) ? records : records.Where(r => !r.IsSecurityIncident);
}

using System.Globalization;
using System.Security.Claims;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Who may take which action on which record, beyond the Act policy: resolvers work the records of their own support
/// groups (the groups of their person in the CMDB, carried as claims); major incidents are declared by service managers
/// and major incident managers. The SOC, managers, security analysts and admins act on any record.
/// </summary>
public static class RecordRules
{
    public const string MemberOfClaim = "opsboard:member-of";

    private static readonly string[] ActOnAny = [Roles.SocAnalyst, Roles.ServiceManager, Roles.MajorIncidentManager, Roles.SecurityAnalyst, Roles.Admin];

    /// <summary>Why <paramref name="user"/> may not take <paramref name="action"/> on a record held by <paramref name="groupId"/>; null when they may.</summary>
    public static string? Refusal(ClaimsPrincipal user, RecordAction action, int? groupId, string? groupName)
    {
        if (action == RecordAction.DeclareMajorIncident && !MajorIncidents.MajorIncidentRules.CanRun(user))
        {
            return "Only a service manager or a major incident manager may declare a major incident; ask the service's manager.";
        }
        if (ActOnAny.Any(user.IsInRole)) return null;
        if (user.IsInRole(Roles.Resolver))
        {
            return groupId is { } id && GroupsOf(user).Contains(id) ? null
                : $"Resolvers act on the records of their own groups, and this one is with {groupName ?? "no group"}; ask the SOC to assign it to your group.";
        }
        return "Your roles do not allow acting on records.";
    }

    public static IReadOnlyCollection<int> GroupsOf(ClaimsPrincipal user) =>
        [.. user.FindAll(MemberOfClaim).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))];

    public static IEnumerable<Claim> MemberOf(IEnumerable<int> groups) =>
        groups.Select(g => new Claim(MemberOfClaim, g.ToString(CultureInfo.InvariantCulture)));
}

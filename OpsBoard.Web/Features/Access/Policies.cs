using Microsoft.AspNetCore.Authorization;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// What each role may do, as authorization policies every page, endpoint and hub names. One table: a new capability is a
/// line here, and <c>AccessTable</c> in the tests holds the expected answer for every role.
/// </summary>
public static class Policies
{
    /// <summary>See queues, records, the overview, the jeopardy console and the wall: every role.</summary>
    public const string Read = nameof(Read);

    /// <summary>Record new incidents and service requests: the SOC (and admins).</summary>
    public const string Record = nameof(Record);

    /// <summary>Act on records (assign, progress, resolve...): everyone who works records; resolvers within their groups.</summary>
    public const string Act = nameof(Act);

    /// <summary>Acknowledge, reassign and escalate jeopardy alerts: service managers (and admins).</summary>
    public const string RespondToAlerts = nameof(RespondToAlerts);

    /// <summary>Edit OLA policies, calendars, routing, the CMDB, keys and kiosk links; read the audit log: admins.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>Open the wall screen: any role, or a kiosk link.</summary>
    public const string Wall = nameof(Wall);

    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [Read] = [.. Roles.All],
        [Record] = [Roles.SocAnalyst, Roles.Admin],
        [Act] = [Roles.SocAnalyst, Roles.Resolver, Roles.ServiceManager, Roles.MajorIncidentManager, Roles.SecurityAnalyst, Roles.Admin],
        [RespondToAlerts] = [Roles.ServiceManager, Roles.Admin],
        [Administer] = [Roles.Admin],
        [Wall] = [.. Roles.All, KioskLinks.Role],
    };

    public static AuthorizationBuilder AddOpsBoardPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (policy, roles) in RolesOf) builder.AddPolicy(policy, p => p.RequireRole(roles));
        return builder;
    }
}

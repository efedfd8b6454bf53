using System.Security.Claims;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>
/// Who runs a major incident (PROCESS.md): its major incident manager, with service managers and admins. They declare it,
/// post its updates, link its children, resolve it and hand it over to problem management.
/// </summary>
public static class MajorIncidentRules
{
    private static readonly string[] Runners = [Roles.ServiceManager, Roles.MajorIncidentManager, Roles.Admin];

    public static bool CanRun(ClaimsPrincipal user) => Runners.Any(user.IsInRole);

    public const string Refusal = "Only a major incident manager, a service manager or an administrator runs a major incident.";
}

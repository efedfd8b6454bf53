namespace OpsBoard.Web.Features.Access;

/// <summary>The roles of the incident process (PROCESS.md), each a set of things a person may do.</summary>
public static class Roles
{
    public const string SocAnalyst = nameof(SocAnalyst);
    public const string Resolver = nameof(Resolver);
    public const string ServiceManager = nameof(ServiceManager);
    public const string MajorIncidentManager = nameof(MajorIncidentManager);
    public const string SecurityAnalyst = nameof(SecurityAnalyst);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [SocAnalyst, Resolver, ServiceManager, MajorIncidentManager, SecurityAnalyst, Admin];

    /// <summary>The roles <paramref name="user"/> holds, in words ("SOC analyst, Administrator").</summary>
    public static IReadOnlyList<string> DescribeHeld(System.Security.Claims.ClaimsPrincipal user) => [.. All.Where(user.IsInRole).Select(Describe)];

    /// <summary>The role in words, as screens and the audit log show it.</summary>
    public static string Describe(string role) => role switch
    {
        SocAnalyst => "SOC analyst",
        Resolver => "Resolver",
        ServiceManager => "Service manager",
        MajorIncidentManager => "Major incident manager",
        SecurityAnalyst => "Security analyst",
        Admin => "Administrator",
        _ => role,
    };
}

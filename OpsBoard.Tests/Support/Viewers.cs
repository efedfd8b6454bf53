using System.Security.Claims;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Support;

/// <summary>Signed-in principals of one role, as the readers take them: who is looking decides whether security incidents show.</summary>
public static class Viewers
{
    public static ClaimsPrincipal Admin { get; } = Of(Roles.Admin);

    public static ClaimsPrincipal Of(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, $"Test {role}"), new Claim(ClaimTypes.Role, role)], "Test"));
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace OpsBoard.Web.Features.Recording;

/// <summary>
/// Who is making changes, as written into the history and the audit log: the signed-in user of this request (an API call,
/// a token's owner) or of this circuit (a browser tab).
/// </summary>
public sealed class Actor(IHttpContextAccessor http, AuthenticationStateProvider circuit)
{
    public ClaimsPrincipal User
    {
        get
        {
            if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user) return user;
            try
            {
                var state = circuit.GetAuthenticationStateAsync();
                return state.IsCompletedSuccessfully ? state.Result.User : Anonymous;
            }
            catch (InvalidOperationException)
            {
                // Outside a circuit and without a signed-in request.
                return Anonymous;
            }
        }
    }

    public string Name => User.Identity?.Name is { Length: > 0 } name ? name : "Someone not signed in";

    public bool IsInRole(string role) => User.IsInRole(role);

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Signs in an API or hub caller by personal access token: <c>Authorization: Bearer ...</c>, or for the hub's WebSocket, which
/// cannot send headers from a browser, <c>?access_token=...</c> on the hub's path only.
/// </summary>
public sealed class AccessTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    public static bool Carries(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments(BoardHub.Path) && request.Query.ContainsKey("access_token"));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var secret = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : Request.Path.StartsWithSegments(BoardHub.Path) ? Request.Query["access_token"].ToString() : null;
        if (string.IsNullOrEmpty(secret)) return AuthenticateResult.NoResult();
        var check = await tokens.CheckAsync(secret, Context.RequestAborted);
        if (check.User is not { } user) return AuthenticateResult.Fail(check.Problem!);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Email, user.Email ?? string.Empty),
        };
        claims.AddRange(check.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(RecordRules.MemberOf(check.Groups ?? []));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Sign-in required",
            "Send a personal access token as Authorization: Bearer <token> (create one under your name > Access tokens).");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed", "Your roles do not allow this; ask an administrator.");
}

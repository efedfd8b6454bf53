using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Sign-in and sign-out as form posts (anti-forgery checked), single sign-on when configured, and kiosk links. The sign-in
/// page posts here; each outcome goes to the audit log, and a failure says what to do without saying whether the account exists.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInLimit = "sign-in";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInLimit);
        account.MapPost("/logout", SignOutAsync).RequireAuthorization();
        account.MapGet("/sso", Challenge).AllowAnonymous();
        account.MapGet("/sso/done", SingleSignOnAsync).AllowAnonymous();
        endpoints.MapGet($"{KioskLinks.PathPrefix}/{{secret}}", OpenKioskAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, SignInManager<OpsBoardUser> signIn, SignInAudit audit, HttpContext context)
    {
        var back = LocalOrHome(form.ReturnUrl);
        var email = form.Email?.Trim() ?? string.Empty;
        var user = email.Length == 0 ? null : await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            await audit.WriteAsync(email.Length == 0 ? "(no email)" : email, "Failed sign-in: unknown account or no password", context);
            return Again(back, "failed");
        }
        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: form.Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(user.DisplayName, "Signed in", context);
            return Results.LocalRedirect(back);
        }
        if (result.IsLockedOut)
        {
            await audit.WriteAsync(user.DisplayName, $"Locked out after {AccessRegistration.MaxFailedSignIns} failed sign-ins (or signed in while locked out)", context);
            return Again(back, "locked");
        }
        await audit.WriteAsync(user.DisplayName, "Failed sign-in: wrong password", context);
        return Again(back, "failed");
    }

    private static async Task<IResult> SignOutAsync(SignInManager<OpsBoardUser> signIn, SignInAudit audit, HttpContext context)
    {
        var who = context.User.Identity?.Name ?? "Someone";
        await signIn.SignOutAsync();
        await audit.WriteAsync(who, "Signed out", context);
        return Results.LocalRedirect("/account/login?signedOut=true");
    }

    private static IResult Challenge(AccessOptions options, [FromQuery] string? returnUrl) => options.Oidc.Enabled
        ? Results.Challenge(new AuthenticationProperties { RedirectUri = $"/account/sso/done?returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}" }, [AccessRegistration.OidcScheme])
        : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Single sign-on is not set up",
            detail: "Set OpsBoard:Access:Oidc:Authority, ClientId and ClientSecret to sign in with your organisation's account.");

    // After the identity provider: the local account with that email, its roles taken from the provider's role claim.
    private static async Task<IResult> SingleSignOnAsync(HttpContext context, SignInManager<OpsBoardUser> signIn, AccessOptions options, SignInAudit audit, [FromQuery] string? returnUrl)
    {
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null) return Again(LocalOrHome(returnUrl), "sso");
        var email = external.Principal.FindFirstValue("email") ?? external.Principal.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrEmpty(email)) return Again(LocalOrHome(returnUrl), "sso");
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new OpsBoardUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = external.Principal.FindFirstValue("name") ?? email };
            await users.CreateAsync(user);
        }
        var granted = external.Principal.FindAll(options.Oidc.RoleClaim).Select(c => c.Value).Where(Roles.All.Contains).ToHashSet();
        var held = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, held.Except(granted));
        await users.AddToRolesAsync(user, granted.Except(held));
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: AccessRegistration.OidcScheme);
        await audit.WriteAsync(user.DisplayName, $"Signed in by single sign-on as {string.Join(", ", granted.Select(Roles.Describe).DefaultIfEmpty("no role"))}", context);
        return Results.LocalRedirect(LocalOrHome(returnUrl));
    }

    private static async Task<IResult> OpenKioskAsync(string secret, KioskLinks links, HttpContext context)
    {
        var link = await links.OpenAsync(secret, context.RequestAborted);
        if (link is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "This kiosk link does not work",
                detail: "It was revoked or mistyped. Ask an OpsBoard administrator for a new link (Admin > Kiosk links).");
        }
        await context.SignInAsync(KioskLinks.Scheme, KioskLinks.Principal(link), new AuthenticationProperties { IsPersistent = true });
        return Results.Redirect("/wall");
    }

    private static IResult Again(string back, string error) =>
        Results.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");

    private static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}

/// <summary>The sign-in form.</summary>
public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool Remember { get; set; }

    public string? ReturnUrl { get; set; }
}

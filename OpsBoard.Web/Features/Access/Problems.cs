using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OpsBoard.Web.Features.Access;

/// <summary>Writes a 401 or 403 as problem details, for API and hub callers (browsers are sent to the sign-in page instead).</summary>
public static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }

    /// <summary>Requests from programs (the API, the hub, the event intake) get problem details, not a redirect to a page.</summary>
    public static bool IsForProgram(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs") || request.Path.StartsWithSegments("/openapi")
        || request.Path.StartsWithSegments("/metrics");

    /// <summary>A cookie scheme's challenge and forbid: a page is redirected (to sign in, or to "not allowed"), a program gets problem details.</summary>
    public static void AnswerProgramsWithProblems(CookieAuthenticationOptions options, string signInDetail, string forbiddenDetail)
    {
        options.Events.OnRedirectToLogin = c => IsForProgram(c.Request)
            ? WriteAsync(c.HttpContext, StatusCodes.Status401Unauthorized, "Sign-in required", signInDetail)
            : Redirect(c);
        options.Events.OnRedirectToAccessDenied = c => IsForProgram(c.Request)
            ? WriteAsync(c.HttpContext, StatusCodes.Status403Forbidden, "Not allowed", forbiddenDetail)
            : Redirect(c);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

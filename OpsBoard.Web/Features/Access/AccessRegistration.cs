using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Access;

/// <summary>
/// Sign-in and roles: local accounts (ASP.NET Core Identity) in a cookie for browsers, personal access tokens for the API
/// and hub, kiosk cookies for wall screens, and OpenID Connect when configured. One policy scheme picks which by request.
/// </summary>
public static class AccessRegistration
{
    public const string Scheme = "OpsBoard";
    public const string OidcScheme = "oidc";
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddOpsBoardAccess(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        var options = AccessOptions.Read(configuration);
        // Cookies (sign-in, kiosk links) are signed with keys kept beside the data, so they outlive a restart: in files beside
        // the SQLite database, or in the shared PostgreSQL database, so a cookie one node signed opens pages on every node.
        var keys = services.AddDataProtection().SetApplicationName("OpsBoard");
        if (database.IsPostgres) keys.PersistKeysToDbContext<OpsBoardDb>();
        else keys.PersistKeysToFileSystem(new DirectoryInfo(options.KeysDirectory ?? Path.Combine(environment.ContentRootPath, "App_Data", "keys")));
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddIdentityCore<OpsBoardUser>(o =>
            {
                // NCSC guidance: length over composition, and lock out guessing.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpsBoardDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<UserClaims>()
            .AddDefaultTokenProviders();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<KioskLinks>();
        services.AddScoped<SignInAudit>();
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "OpsBoard", o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null)
            .AddCookie(KioskLinks.Scheme, KioskLinks.ConfigureCookie);
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureApplicationCookie));
        if (options.Oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcScheme, options.Oidc.DisplayName, o =>
            {
                o.Authority = options.Oidc.Authority;
                o.ClientId = options.Oidc.ClientId;
                o.ClientSecret = options.Oidc.ClientSecret;
                o.ResponseType = "code";
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/account/sso/callback";
                o.Scope.Add("email");
                o.MapInboundClaims = false;
                // A local test identity provider may be plain HTTP; in service the authority must be HTTPS.
                o.RequireHttpsMetadata = !environment.IsDevelopment();
            });
        }
        services.AddAuthorizationBuilder().AddOpsBoardPolicies();
        return services;
    }

    private static string SchemeFor(HttpContext context) =>
        AccessTokenHandler.Carries(context.Request) ? AccessTokenHandler.SchemeName
        : context.Request.Cookies.ContainsKey(KioskLinks.CookieName) && !context.Request.Cookies.ContainsKey(ApplicationCookieName) ? KioskLinks.Scheme
        : IdentityConstants.ApplicationScheme;

    public const string ApplicationCookieName = "OpsBoard";

    private static void ConfigureApplicationCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = ApplicationCookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/denied";
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
        o.SlidingExpiration = true;
        Problems.AnswerProgramsWithProblems(o, "Sign in, or send a personal access token as Authorization: Bearer <token>.",
            "Your roles do not allow this; ask an administrator.");
    }
}

using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Web.Features.Access;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Features.Access;

/// <summary>
/// Who may open what, from one table. Every routable page, endpoint and hub method is discovered (pages and hub methods by
/// reflection, endpoints from the running app's routing), and for anonymous, each role and a kiosk link the app's own
/// authorization decides allow or deny; the answer must match the table. Something new without a row fails, naming itself.
/// </summary>
public sealed class AccessTableTests
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [Anonymous, .. Roles.All, KioskLinks.Role];
    private static readonly string[] Staff = [.. Roles.All];
    private static readonly string[] Soc = [Roles.SocAnalyst, Roles.Admin];
    private static readonly string[] Workers = [Roles.SocAnalyst, Roles.Resolver, Roles.ServiceManager, Roles.MajorIncidentManager, Roles.SecurityAnalyst, Roles.Admin];
    private static readonly string[] Managers = [Roles.ServiceManager, Roles.Admin];
    private static readonly string[] Admins = [Roles.Admin];
    private static readonly string[] SignedIn = [.. Roles.All, KioskLinks.Role];
    private static readonly string[] WallViewers = [.. Roles.All, KioskLinks.Role];

    /// <summary>The table: each page, endpoint ("METHOD pattern") and hub method, and who may use it.</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // Pages
        ["page /"] = Staff,
        ["page /queue"] = Staff,
        ["page /records/{Number}"] = Staff,
        ["page /records/new"] = Soc,
        ["page /jeopardy"] = Staff,
        ["page /reports"] = Staff,
        ["page /problems"] = Staff,
        ["page /problems/{Number}"] = Staff,
        ["page /problems/new"] = Workers,
        ["page /changes"] = Staff,
        ["page /changes/{Number}"] = Staff,
        ["page /changes/new"] = Workers,
        ["page /wall"] = WallViewers,
        ["page /admin/ola"] = Admins,
        ["page /admin/calendars"] = Admins,
        ["page /admin/integrations"] = Admins,
        ["page /admin/routing"] = Admins,
        ["page /admin/audit"] = Admins,
        ["page /admin/kiosk"] = Admins,
        ["page /admin/cmdb/{Kind}"] = Admins,
        ["page /admin/cmdb/{Kind}/import"] = Admins,
        ["page /admin/history-import"] = Admins,
        ["page /account/tokens"] = Staff,
        ["page /account/login"] = Everyone,
        ["page /account/denied"] = Everyone,
        ["page /not-found"] = Everyone,
        ["page /error"] = Everyone,
        // REST API
        ["GET /api/records/"] = Staff,
        ["POST /api/records/"] = Soc,
        ["GET /api/records/{number}"] = Staff,
        ["POST /api/records/{number}/actions"] = Workers,
        ["GET /api/records/{number}/clocks"] = Staff,
        ["GET /api/problems/"] = Staff,
        ["POST /api/problems/"] = Workers,
        ["GET /api/problems/{number}"] = Staff,
        ["POST /api/problems/{number}/actions"] = Workers,
        ["GET /api/changes/"] = Staff,
        ["POST /api/changes/"] = Workers,
        ["GET /api/changes/{number}"] = Staff,
        ["POST /api/changes/{number}/actions"] = Workers,
        ["GET /api/catalogue"] = Staff,
        ["GET /api/major-incidents/"] = Staff,
        ["GET /api/major-incidents/{number}"] = Staff,
        ["POST /api/major-incidents/{number}/updates"] = Workers,
        ["POST /api/major-incidents/{number}/update-interval"] = Workers,
        ["POST /api/major-incidents/{number}/children"] = Workers,
        ["POST /api/major-incidents/{number}/children/{child}/unlink"] = Workers,
        ["POST /api/major-incidents/{number}/resolve"] = Workers,
        ["POST /api/major-incidents/{number}/hand-over"] = Workers,
        ["GET /api/reports/{name}.csv"] = Staff,
        ["GET /api/alerts/"] = Staff,
        ["POST /api/alerts/{id:long}/acknowledge"] = Managers,
        ["GET /api/proposals/"] = Staff,
        ["POST /api/proposals/{id:long}/accept"] = Managers,
        ["POST /api/proposals/{id:long}/dismiss"] = Managers,
        ["GET /api/integrations/"] = Admins,
        ["POST /api/integrations/"] = Admins,
        ["POST /api/integrations/{id:int}/revoke"] = Admins,
        ["GET /api/routing-rules"] = Admins,
        ["GET /api/cmdb/{kind}.csv"] = Admins,
        ["POST /api/cmdb/{kind}/import"] = Admins,
        ["POST /api/history-import"] = Admins,
        ["GET /api/tokens/"] = Staff,
        ["POST /api/tokens/"] = Staff,
        ["POST /api/tokens/{id:int}/revoke"] = Staff,
        ["GET /api/kiosk-links/"] = Admins,
        ["POST /api/kiosk-links/"] = Admins,
        ["POST /api/kiosk-links/{id:int}/revoke"] = Admins,
        // The event intake checks its integration key itself.
        ["POST /api/v2/enqueue"] = Everyone,
        ["POST /api/alertmanager"] = Everyone,
        // Sign-in, kiosk links, health, the API description
        ["POST /account/login"] = Everyone,
        ["POST /account/logout"] = SignedIn,
        ["GET /account/sso"] = Everyone,
        ["GET /account/sso/done"] = Everyone,
        ["GET /kiosk/{secret}"] = Everyone,
        ["* /healthz"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        // Prometheus scrapes with an administrator's access token (or anyone, when OpsBoard:Metrics:AllowAnonymous is set).
        ["GET /metrics"] = Admins,
        // Scheduled reports: the list and its files for every reader; "Run now" on the page is for administrators.
        ["page /reports/scheduled"] = Staff,
        ["GET /api/reports/files/{name}"] = Staff,
        ["* /hangfire/{**path}"] = Admins,
        // The hub
        ["* /hubs/board"] = Staff,
        ["* /hubs/board/negotiate"] = Staff,
        ["hub BoardHub.Subscribe"] = Staff,
    };

    [Fact]
    public async Task EveryPageEndpointAndHubMethod_AllowsExactlyTheRolesInTheTable()
    {
        await using var app = new OpsBoardApp { DemoData = false };
        var services = app.Services;
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var found = new Dictionary<string, (IReadOnlyList<IAuthorizeData> Rules, bool Anonymous)>();
        foreach (var (name, rules, anonymous) in Pages().Concat(Endpoints(services)).Concat(HubMethods(services)))
        {
            found[name] = (rules, anonymous);
        }

        var problems = new List<string>();
        foreach (var name in found.Keys.Except(Expected.Keys).Order()) problems.Add($"{name} has no row in the access table: add one saying who may use it.");
        foreach (var name in Expected.Keys.Except(found.Keys).Order()) problems.Add($"{name} is in the access table but the app has no such page, endpoint or hub method.");
        foreach (var (name, (rules, anonymous)) in found.Where(f => Expected.ContainsKey(f.Key)))
        {
            if (!anonymous && rules.Count == 0)
            {
                problems.Add($"{name} has no authorization rule: add [Authorize(Policy = ...)] or RequireAuthorization(...), or AllowAnonymous on purpose.");
                continue;
            }
            var policy = anonymous ? null : await AuthorizationPolicy.CombineAsync(policies, rules);
            foreach (var who in Everyone)
            {
                var allowed = anonymous || (await authorization.AuthorizeAsync(Principal(who), policy!)).Succeeded;
                if (allowed != Expected[name].Contains(who)) problems.Add($"{name}: {who} is {(allowed ? "allowed" : "denied")}, the table says {(allowed ? "deny" : "allow")}.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static ClaimsPrincipal Principal(string who) => who == Anonymous
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, who), new Claim(ClaimTypes.Role, who)], "Test"));

    private static IEnumerable<(string, IReadOnlyList<IAuthorizeData>, bool)> Pages() =>
        typeof(OpsBoard.Web.Features.Access.Roles).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => ($"page {r.Template}",
                (IReadOnlyList<IAuthorizeData>)[.. t.GetCustomAttributes(true).OfType<IAuthorizeData>()],
                t.GetCustomAttributes(true).OfType<IAllowAnonymous>().Any())));

    // The app's endpoints but its pages (above), static files and Blazor's own circuit endpoints, which serve no data:
    // a circuit shows only pages, and each page is authorized as it opens.
    private static IEnumerable<(string, IReadOnlyList<IAuthorizeData>, bool)> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            // In development, MapStaticAssets also serves files from wwwroot through this fallback.
            .Where(e => !(e.DisplayName == "Fallback {**path:file}" && e.RoutePattern.RawText == "{**path:file}"))
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/_blazor", StringComparison.Ordinal) && !raw.StartsWith("_blazor", StringComparison.Ordinal)
                && !raw.StartsWith("/_framework", StringComparison.Ordinal) && !raw.StartsWith("_framework", StringComparison.Ordinal))
            .GroupBy(Name)
            // Two endpoints on one pattern (a fallback beside a route) must both carry a rule: the weaker one decides.
            .Select(g => (g.Key,
                (IReadOnlyList<IAuthorizeData>)[.. g.SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>())],
                g.All(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)));

    private static string Name(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
        var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        return $"{(methods is { Count: > 0 } ? string.Join(",", methods) : "*")} {pattern}";
    }

    // A hub method is reached through the hub's endpoint, so it carries the endpoint's rules and its own.
    private static IEnumerable<(string, IReadOnlyList<IAuthorizeData>, bool)> HubMethods(IServiceProvider services)
    {
        var hub = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.RoutePattern.RawText?.TrimStart('/') == BoardHub.Path.TrimStart('/'));
        return typeof(BoardHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not (nameof(BoardHub.OnConnectedAsync) or nameof(BoardHub.OnDisconnectedAsync)))
            .Select(m => ($"hub {nameof(BoardHub)}.{m.Name}",
                (IReadOnlyList<IAuthorizeData>)[.. hub.Metadata.GetOrderedMetadata<IAuthorizeData>(), .. m.GetCustomAttributes<AuthorizeAttribute>()],
                false));
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Features.Access;

/// <summary>Sign-in, tokens, kiosk links and headers over real HTTP requests to the app.</summary>
public sealed class AccessHttpTests
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task TheApi_WithoutSignIn_Answers401ProblemDetails_AndAPageRedirectsToSignIn()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;

        var api = await client.GetAsync("/api/records");
        var page = await client.GetAsync("/queue?q=spine");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(ProblemJson, api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Authorization: Bearer", (string)(await api.ReadObjectAsync())["detail"]!);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fqueue%3Fq%3Dspine", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ATokenCarriesItsUsersRoles_SoASocAnalystMayRecordButNotAdminister()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var soc = await app.ClientForAsync("soc@opsboard.demo");
        var service = (await soc.CatalogueAsync()).Services[0];

        var opened = await soc.PostJsonAsync("/api/records", ApiClient.NewIncident(service).ToJsonString());
        var keys = await soc.GetAsync("/api/integrations");

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var number = (string)(await opened.ReadObjectAsync())["number"]!;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        var history = await db.History.Where(h => db.Records.Any(r => r.Id == h.RecordId && r.Number == number)).Select(h => h.By).FirstAsync();
        Assert.Equal("Amelia Brown", history);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
        Assert.Equal(ProblemJson, keys.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ARevokedToken_IsRefusedFromTheNextRequest()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var tokens = app.Services.GetRequiredService<AccessTokens>();
        var admin = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContext().Users.SingleAsync(u => u.Email == "admin@opsboard.demo");
        var (token, secret) = await tokens.IssueAsync(admin.Id, "Nightly report script", "Test");
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/catalogue")).StatusCode);

        Assert.True(await tokens.RevokeAsync(token.Id, admin.Id, "Test"));

        var refused = await client.GetAsync("/api/catalogue");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var listed = Assert.Single(await tokens.ListAsync(admin.Id), t => t.Id == token.Id);
        Assert.NotNull(listed.LastUsedAt);
        Assert.NotNull(listed.RevokedAt);
        var audit = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContext()
            .AuditLog.Where(a => a.Area == AuditArea.AccessToken && a.Subject.StartsWith("Nightly")).Select(a => a.Change).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, change => Assert.DoesNotContain(secret, change, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AKioskLink_OpensTheWallAndNothingElse_UntilItIsRevoked()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var links = app.Services.GetRequiredService<KioskLinks>();
        var (link, secret) = await links.IssueAsync("SOC wall", [], [], "Test");
        var kiosk = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        kiosk.DefaultRequestHeaders.Authorization = null;

        var opened = await kiosk.GetAsync($"/kiosk/{secret}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/wall", opened.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync("/wall")).StatusCode);
        var queue = await kiosk.GetAsync("/queue");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("/account/denied", queue.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await kiosk.GetAsync("/api/records")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kiosk.GetAsync("/hubs/board/negotiate?negotiateVersion=1")).StatusCode);

        Assert.True(await links.RevokeAsync(link.Id, "Test"));

        var after = await kiosk.GetAsync("/wall");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await kiosk.GetAsync($"/kiosk/{secret}")).StatusCode);
    }

    [Fact]
    public async Task AKioskCookie_StillOpensTheWall_AfterTheServerRestarts()
    {
        var database = TestStore.New();
        string cookie;
        await using (var first = new OpsBoardApp { DemoRecords = 0, Store = database, KeepDatabase = true })
        {
            var (_, secret) = await first.Services.GetRequiredService<KioskLinks>().IssueAsync("SOC wall", [], [], "Test");
            var opened = await first.AnonymousClientWithoutRedirects().GetAsync($"/kiosk/{secret}");
            cookie = opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(KioskLinks.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        }
        await using var second = new OpsBoardApp { DemoData = false, Store = database };
        var wall = second.AnonymousClientWithoutRedirects();
        wall.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await wall.GetAsync("/wall")).StatusCode);
    }

    [Fact]
    public async Task EveryAnswer_CarriesTheSecurityHeaders()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var response = await app.AnonymousClient().GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task SignIn_RefusesAPostWithoutTheAntiforgeryToken()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var response = await app.AnonymousClientWithoutRedirects().PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "admin@opsboard.demo", ["Password"] = Accounts.DemoPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AccessRegistration.ApplicationCookieName + "=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TokensApi_CreatesATokenShownOnce_ThatWorksUntilRevoked()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var manager = await app.ClientForAsync("manager@opsboard.demo");

        var refused = await manager.PostJsonAsync("/api/tokens", """{"name":"  "}""");
        var created = await manager.PostJsonAsync("/api/tokens", """{"name":"Jeopardy digest"}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Name the token", (string)(await refused.ReadObjectAsync())["errors"]!["name"]![0]!);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadObjectAsync();
        var secret = (string)body["token"]!;
        Assert.StartsWith(AccessTokens.Prefix, secret, StringComparison.Ordinal);
        var script = app.AnonymousClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/alerts")).StatusCode);
        var listed = (await (await manager.GetAsync("/api/tokens")).Content.ReadAsStringAsync());
        Assert.Contains("Jeopardy digest", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        // Someone else cannot revoke it.
        var soc = await app.ClientForAsync("soc@opsboard.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await soc.PostAsync($"/api/tokens/{(int)body["id"]!}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/alerts")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsync($"/api/tokens/{(int)body["id"]!}/revoke", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/alerts")).StatusCode);
    }

    [Fact]
    public async Task KioskLinksApi_IssuesAnAddressOnce_ThatOpensAWallLimitedToItsGroups()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var admin = app.CreateClient();
        var group = (await admin.CatalogueAsync()).Groups.First(g => g.Line == 2);

        var issued = await admin.PostJsonAsync("/api/kiosk-links", $$"""{"name":"Spine wall","groups":[{{group.Id}}]}""");

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var url = new Uri((string)(await issued.ReadObjectAsync())["url"]!);
        Assert.StartsWith(KioskLinks.PathPrefix + "/", url.AbsolutePath, StringComparison.Ordinal);
        var listed = await (await admin.GetAsync("/api/kiosk-links")).Content.ReadAsStringAsync();
        Assert.Contains(group.Name, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(url.AbsolutePath.Split('/')[^1], listed, StringComparison.Ordinal);
        var screen = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        screen.DefaultRequestHeaders.Authorization = null;
        var wall = await screen.GetStringAsync(url.PathAndQuery);
        Assert.Contains($"groups: {group.Name}", wall, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("soc@opsboard.demo")).GetAsync("/api/kiosk-links")).StatusCode);
    }

    [Fact]
    public async Task SignInAttempts_BeyondTheLimitPerAddress_Answer429WithRetryAfter()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0, Settings = new Dictionary<string, string> { ["OpsBoard:Access:SignInsPerMinute"] = "2" } };
        var client = app.AnonymousClientWithoutRedirects();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) answers.Add(await client.GetAsync("/kiosk/not-a-real-link"));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.True(answers[2].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("try again in", (string)(await answers[2].ReadObjectAsync())["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutDemoData_AndNoAdministrator_StartUpStops_NamingTheSettings()
    {
        await using var app = new OpsBoardApp
        {
            DemoData = false,
            Settings = new Dictionary<string, string> { ["OpsBoard:Access:AdminEmail"] = "", ["OpsBoard:Access:AdminPassword"] = "" },
        };

        var failure = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("OpsBoard:Access:AdminEmail and OpsBoard:Access:AdminPassword", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResolver_ActsOnTheirGroupsRecords_IsToldWhyNotOnOthers_AndOnlyManagersDeclareMajorIncidents()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var admin = app.CreateClient();
        var catalogue = await admin.CatalogueAsync();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OpsBoardDb>>().CreateDbContextAsync();
        var personId = await db.Users.Where(u => u.Email == "resolver@opsboard.demo").Select(u => u.PersonId).SingleAsync();
        var own = await db.People.Where(p => p.Id == personId).SelectMany(p => p.Groups).Select(g => g.Id).FirstAsync();
        var other = catalogue.Groups.First(g => g.Line == 2 && g.Id != own);
        async Task<string> OpenAsync(int groupId)
        {
            var body = ApiClient.NewIncident(catalogue.Services[0]);
            body["assignmentGroupId"] = groupId;
            return (string)(await (await admin.PostJsonAsync("/api/records", body.ToJsonString())).ReadObjectAsync())["number"]!;
        }
        var (mine, theirs) = (await OpenAsync(own), await OpenAsync(other.Id));
        var resolver = await app.ClientForAsync("resolver@opsboard.demo");
        var soc = await app.ClientForAsync("soc@opsboard.demo");

        var onMine = await resolver.PostJsonAsync($"/api/records/{mine}/actions", """{"action":"Acknowledge"}""");
        var onTheirs = await resolver.PostJsonAsync($"/api/records/{theirs}/actions", """{"action":"Acknowledge"}""");
        var declared = await soc.PostJsonAsync($"/api/records/{theirs}/actions", """{"action":"DeclareMajorIncident","majorIncidentManagerId":1}""");

        Assert.Equal(HttpStatusCode.OK, onMine.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onTheirs.StatusCode);
        Assert.Equal($"Resolvers act on the records of their own groups, and this one is with {other.Name}; ask the SOC to assign it to your group.",
            (string)(await onTheirs.ReadObjectAsync())["detail"]!);
        Assert.Equal(HttpStatusCode.Conflict, declared.StatusCode);
        Assert.StartsWith("Only a service manager or a major incident manager", (string)(await declared.ReadObjectAsync())["detail"]!, StringComparison.Ordinal);
        var status = (string)(await (await admin.GetAsync($"/api/records/{theirs}")).ReadObjectAsync())["status"]!;
        Assert.Equal("Assigned", status);
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Features.Access;

/// <summary>
/// OpenID Connect from configuration: with an authority set, the sign-in page offers single sign-on and /account/sso sends
/// the browser to the identity provider's authorization endpoint (read from its discovery document) with this client's id.
/// </summary>
public sealed class SingleSignOnTests
{
    [Fact]
    public async Task WithAnAuthorityConfigured_SignInOffersSingleSignOn_AndSendsTheBrowserToTheProvider()
    {
        await using var provider = await DiscoveryOnlyProvider.StartAsync();
        await using var app = new OpsBoardApp
        {
            DemoRecords = 0,
            Settings = new Dictionary<string, string>
            {
                ["OpsBoard:Access:Oidc:Authority"] = provider.Authority,
                ["OpsBoard:Access:Oidc:ClientId"] = "opsboard-test",
                ["OpsBoard:Access:Oidc:ClientSecret"] = "not-a-real-secret",
                ["OpsBoard:Access:Oidc:DisplayName"] = "NHS.net Connect",
            },
        };
        var browser = app.AnonymousClientWithoutRedirects();

        var signIn = await browser.GetStringAsync("/account/login");
        var sso = await browser.GetAsync("/account/sso?returnUrl=%2Fqueue");

        Assert.Contains("Sign in with NHS.net Connect", signIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sso.StatusCode);
        var location = sso.Headers.Location!;
        Assert.Equal(provider.Authority + "/authorize", location.GetLeftPart(UriPartial.Path));
        Assert.Contains("client_id=opsboard-test", location.Query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString("http://localhost/account/sso/callback"), location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnAuthority_SignInOffersNoSingleSignOn_AndSsoSaysHowToSetItUp()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var browser = app.AnonymousClientWithoutRedirects();

        var signIn = await browser.GetStringAsync("/account/login");
        var sso = await browser.GetAsync("/account/sso");

        Assert.DoesNotContain("data-testid=\"sso\"", signIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, sso.StatusCode);
        Assert.Contains("OpsBoard:Access:Oidc:Authority", (string)(await sso.ReadObjectAsync())["detail"]!);
    }

    /// <summary>An identity provider that serves only its discovery document and an empty key set, on loopback.</summary>
    private sealed class DiscoveryOnlyProvider : IAsyncDisposable
    {
        private readonly WebApplication app;

        private DiscoveryOnlyProvider(WebApplication app, string authority)
        {
            this.app = app;
            Authority = authority;
        }

        public string Authority { get; }

        public static async Task<DiscoveryOnlyProvider> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            app.MapGet("/.well-known/openid-configuration", (HttpContext c) =>
            {
                var issuer = $"{c.Request.Scheme}://{c.Request.Host}";
                return Results.Json(new Dictionary<string, object>
                {
                    ["issuer"] = issuer,
                    ["authorization_endpoint"] = $"{issuer}/authorize",
                    ["token_endpoint"] = $"{issuer}/token",
                    ["jwks_uri"] = $"{issuer}/jwks",
                    ["response_types_supported"] = new[] { "code" },
                    ["subject_types_supported"] = new[] { "public" },
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                });
            });
            app.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            return new DiscoveryOnlyProvider(app, address);
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}

using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Components.Access;

public sealed class AccessPagesTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync(demoRecords: 0);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task KioskLinks_IssueShowsTheAddressOnce_ThenTheListShowsItsScope_AndRevokeStopsIt()
    {
        var page = harness.Context.Render<KioskLinksPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-links]"), ComponentHarness.Wait);

        page.Find("[data-testid=issue-link]").Click();
        page.WaitForAssertion(() => Assert.Contains("Name the screen", page.Markup), ComponentHarness.Wait);
        Assert.Equal(0, await harness.QueryAsync(db => db.KioskLinks.CountAsync()));

        page.Find("input[data-testid=link-name]").Change("SOC wall, left");
        page.Find("[data-testid=issue-link]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=issued-link]"), ComponentHarness.Wait);
        var address = page.Find("[data-testid=issued-link-value]").TextContent.Trim();
        Assert.Contains("/kiosk/", address, StringComparison.Ordinal);
        page.Find("[data-testid=link-done]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=issued-link]")), ComponentHarness.Wait);
        Assert.DoesNotContain(address, page.Markup, StringComparison.Ordinal);
        var row = Assert.Single(page.FindAll("[data-testid=links] tbody tr"));
        Assert.Contains("all groups; all services", row.TextContent);
        var link = await harness.QueryAsync(db => db.KioskLinks.SingleAsync());
        Assert.Equal(Secrets.Hash(address[(address.LastIndexOf('/') + 1)..]), link.Hash);

        page.Find($"[data-testid=revoke-link-{link.Id}]").Click();

        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find($"[data-testid=link-state-{link.Id}]").TextContent.Trim()), ComponentHarness.Wait);
        var audit = await harness.QueryAsync(db => db.AuditLog.Where(a => a.Area == AuditArea.KioskLink).Select(a => a.Change).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, change => Assert.DoesNotContain(address[(address.LastIndexOf('/') + 1)..], change, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessTokens_CreateShowsTheTokenOnce_AndRevokeMarksItRevoked()
    {
        var user = new OpsBoardUser { UserName = "sam@opsboard.test", Email = "sam@opsboard.test", DisplayName = ComponentHarness.ActorName };
        await harness.QueryAsync(db =>
        {
            db.Users.Add(user);
            return db.SaveChangesAsync();
        });
        harness.Authorization.SetRoles(Roles.Resolver).SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
        var page = harness.Context.Render<AccessTokensPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=no-tokens]"), ComponentHarness.Wait);

        page.Find("input[data-testid=token-name]").Change("Queue export");
        page.Find("[data-testid=issue-token]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=issued-token]"), ComponentHarness.Wait);
        var secret = page.Find("[data-testid=issued-token-value]").TextContent.Trim();
        Assert.StartsWith(AccessTokens.Prefix, secret, StringComparison.Ordinal);
        page.Find("[data-testid=token-done]").Click();
        page.WaitForAssertion(() => Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal), ComponentHarness.Wait);
        var token = await harness.QueryAsync(db => db.AccessTokens.SingleAsync());
        Assert.Equal((user.Id, Secrets.Hash(secret)), (token.UserId, token.Hash));
        Assert.Contains($"\u2026{secret[^4..]}", page.Find("[data-testid=tokens]").TextContent);

        page.Find($"[data-testid=revoke-token-{token.Id}]").Click();

        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find($"[data-testid=token-state-{token.Id}]").TextContent.Trim()), ComponentHarness.Wait);
    }
}

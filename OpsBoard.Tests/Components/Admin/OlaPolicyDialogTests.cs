using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Tests.Components.Admin;

public sealed class OlaPolicyDialogTests : IAsyncLifetime
{
    private ComponentHarness harness = default!;

    public async Task InitializeAsync() => harness = await ComponentHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Save_ShowsProblemBesideResponse_AndSavesNothing_WhenResponseIsZero()
    {
        await OpenDefaultAsync(Priority.P3);

        Field("policy-response").Change("0m");
        harness.Dialogs.Find("[data-testid=policy-save]").Click();

        harness.Dialogs.WaitForAssertion(() => Assert.Contains("The response target must be longer than zero.", Beside("policy-response")), ComponentHarness.Wait);
        Assert.DoesNotContain("must be", Beside("policy-resolution"));
        Assert.NotEmpty(harness.Dialogs.FindAll("[data-testid=policy-dialog]"));
        Assert.Equal(TimeSpan.FromHours(2), await harness.QueryAsync(db => db.OlaPolicies.Where(p => p.SupportGroupId == null && p.Priority == Priority.P3).Select(p => p.Response).SingleAsync()));
        Assert.Equal(0, await harness.QueryAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task Save_SaysHowToWriteADuration_WhenResolutionIsNotOne()
    {
        await OpenDefaultAsync(Priority.P3);

        Field("policy-resolution").Change("three days");
        harness.Dialogs.Find("[data-testid=policy-save]").Click();

        harness.Dialogs.WaitForAssertion(() => Assert.Contains("write hours and minutes, e.g. 2h, 30m or 1h 30m", Beside("policy-resolution")), ComponentHarness.Wait);
        Assert.Equal(0, await harness.QueryAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public void Page_ShowsNewTargetAndConfirms_WhenEditIsSaved()
    {
        var page = harness.Context.Render<OlaPoliciesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=edit-default-p3]"), ComponentHarness.Wait);

        page.Find("[data-testid=edit-default-p3]").Click();
        harness.Dialogs.WaitForAssertion(() => Field("policy-response"), ComponentHarness.Wait);
        Field("policy-response").Change("1h 30m");
        harness.Dialogs.Find("[data-testid=policy-save]").Click();

        harness.Snackbars.WaitForAssertion(() => Assert.Contains("Default P3 saved. Response: 2h -> 1h 30m.", harness.Snackbars.Find(".mud-snackbar").TextContent),
            ComponentHarness.Wait);
        page.WaitForAssertion(() => Assert.Contains("1h 30m", page.FindAll("[data-testid=policy-response-cell]")[2].TextContent), ComponentHarness.Wait);
    }

    private async Task OpenDefaultAsync(Priority priority)
    {
        var list = await harness.Context.Services.GetRequiredService<OlaPolicyAdmin>().ListAsync();
        var parameters = new DialogParameters<OlaPolicyDialog> { { d => d.List, list }, { d => d.Existing, list.Policies.Single(p => p.IsDefault && p.Policy.Priority == priority) } };
        var dialogs = harness.Context.Services.GetRequiredService<IDialogService>();
        await harness.Dialogs.InvokeAsync(() => dialogs.ShowAsync<OlaPolicyDialog>("Edit", parameters));
        harness.Dialogs.WaitForAssertion(() => Field("policy-response"), ComponentHarness.Wait);
    }

    private IElement Field(string testId) => harness.Dialogs.Find($"input[data-testid={testId}]");

    /// <summary>The text of the field's own control: its label, value and the helper or error line under it.</summary>
    private string Beside(string testId) => Field(testId).Closest(".mud-input-control")?.TextContent ?? string.Empty;
}

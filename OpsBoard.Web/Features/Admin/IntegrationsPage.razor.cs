using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

/// <summary>
/// Integrations: issue a key (shown here once, then only its last four characters), list, revoke. Every change goes through
/// <see cref="IntegrationAdmin"/>, which audits it.
/// </summary>
public sealed partial class IntegrationsPage
{
    private IntegrationList? list;
    private Dictionary<string, string> problems = [];
    private string? name;
    private int serviceId;
    private bool busy;

    // The new key lives only here, until the person says they have copied it or leaves the page.
    private IssuedIntegration? issued;

    [Inject] private IntegrationAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    protected override async Task OnInitializedAsync() => list = await Admin.ListAsync();

    private string ServiceName(int id) => list?.Services.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    private void ServiceChanged(int id)
    {
        serviceId = id;
        problems.Remove("serviceId");
    }

    private async Task IssueAsync()
    {
        busy = true;
        try
        {
            var result = await Admin.IssueAsync(name, serviceId == 0 ? null : serviceId, Actor.Name);
            if (result.Issued is null)
            {
                problems = new Dictionary<string, string>(result.Result.Problems);
                return;
            }
            issued = result.Issued;
            problems = [];
            name = null;
            serviceId = 0;
            list = await Admin.ListAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task CopyAsync()
    {
        if (issued is null) return;
        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", issued.Key);
            Snackbar.Add("Key copied.", Severity.Success);
        }
        catch (JSException)
        {
            Snackbar.Add("The browser did not allow copying; select the key and copy it by hand.", Severity.Warning);
        }
    }

    private async Task RevokeAsync(IntegrationView integration)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Revoke the key of {integration.Name}?",
            $"Events sent with the key ending {integration.KeyHint} are refused from now on. Issue a new key and update the sender to keep receiving its events.",
            yesText: "Revoke key", cancelText: "Keep it");
        if (confirmed != true) return;
        var result = await Admin.RevokeAsync(integration.Id, Actor.Name);
        Snackbar.Add(result.Succeeded ? $"{result.Subject}: key revoked." : $"Not revoked: {result.Message}", result.Succeeded ? Severity.Success : Severity.Error);
        list = await Admin.ListAsync();
    }
}

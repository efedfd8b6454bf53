using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

/// <summary>The OLA policies: defaults per priority and per-group overrides, edited in a dialog; every change goes through OlaPolicyAdmin.</summary>
public sealed partial class OlaPoliciesPage
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };

    private OlaPolicyList? list;

    [Inject] private OlaPolicyAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => list = await Admin.ListAsync();

    private Task AddAsync() => OpenAsync("Add a group override", null);

    private Task EditAsync(OlaPolicyView policy) => OpenAsync($"Edit {policy.Subject}", policy);

    private async Task OpenAsync(string title, OlaPolicyView? existing)
    {
        if (list is null) return;
        var parameters = new DialogParameters<OlaPolicyDialog> { { d => d.List, list }, { d => d.Existing, existing } };
        var dialog = await Dialogs.ShowAsync<OlaPolicyDialog>(title, parameters, Options);
        if (await dialog.Result is not { Canceled: false, Data: AdminResult result }) return;
        Snackbar.Add(result.Unchanged ? $"{result.Subject}: nothing changed." : $"{result.Subject} saved. {result.Change}.", result.Unchanged ? Severity.Info : Severity.Success);
        list = await Admin.ListAsync();
    }

    private async Task DeleteAsync(OlaPolicyView policy)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete {policy.Subject}?",
            $"{policy.GroupName} will work to the default {policy.Policy.Priority} policy for clocks that start from now on.",
            yesText: "Delete override", cancelText: "Keep it");
        if (confirmed != true) return;
        var result = await Admin.DeleteAsync(policy.Id, Actor.Name);
        Snackbar.Add(result.Succeeded ? $"{policy.Subject} deleted; the group now uses the default." : $"Not deleted: {result.Message}",
            result.Succeeded ? Severity.Success : Severity.Error);
        list = await Admin.ListAsync();
    }
}

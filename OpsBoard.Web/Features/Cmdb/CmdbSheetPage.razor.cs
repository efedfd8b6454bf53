using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Cmdb.Sheets;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>One CMDB list (services, configuration items, support groups or people): add, edit, retire, export and import.</summary>
public sealed partial class CmdbSheetPage
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };

    private CmdbKind? kind;
    private CmdbSheetView? view;
    private bool showRetired;

    /// <summary>The list's slug: services, configuration-items, support-groups or people.</summary>
    [Parameter] public string Kind { get; set; } = string.Empty;

    [Inject] private CmdbAdmin Admin { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string Title => kind?.Title() ?? "CMDB";

    private IEnumerable<SheetRow> Shown => view?.Rows.Where(r => showRetired || !r.Retired) ?? [];

    private int RetiredCount => view?.Rows.Count(r => r.Retired) ?? 0;

    protected override async Task OnParametersSetAsync()
    {
        kind = CmdbKinds.FromSlug(Kind);
        view = kind is { } found ? await Admin.ListAsync(found) : null;
    }

    private static string Explanation(CmdbKind kind) => kind switch
    {
        CmdbKind.Services => "The services the operations centre supports. A service's manager gets its jeopardy alerts; its 2nd line group takes its records when the configuration item has no owning group.",
        CmdbKind.ConfigurationItems => "The parts of each service. A new record or event about an item goes to its owning group; its own service manager, if set, gets its jeopardy alerts instead of the service's.",
        CmdbKind.SupportGroups => "The groups that hold records, and their members. The group marked as the security group takes every security incident.",
        _ => "The people who work records and manage services. Someone who has left is retired: kept on the records they worked, not offered on forms.",
    };

    private static string Display(string column, string value) => value switch
    {
        "" => "-",
        CmdbSheet.Yes when column == GroupSheet.Security => "Security group",
        CmdbSheet.No when column == GroupSheet.Security => "-",
        _ => value,
    };

    private Task AddAsync() => OpenAsync($"Add {kind!.Value.Singular()}", null);

    private Task EditAsync(SheetRow row) => OpenAsync($"Edit {row.Values[0]}", row);

    private async Task OpenAsync(string title, SheetRow? existing)
    {
        if (view is null) return;
        var parameters = new DialogParameters<CmdbRowDialog> { { d => d.View, view }, { d => d.Existing, existing } };
        var dialog = await Dialogs.ShowAsync<CmdbRowDialog>(title, parameters, Options);
        if (await dialog.Result is not { Canceled: false, Data: AdminResult result }) return;
        if (result.Unchanged) Snackbar.Add($"{result.Subject}: nothing changed.", Severity.Info);
        else Snackbar.Add($"{result.Subject} saved. {result.Change}.", Severity.Success);
        view = await Admin.ListAsync(view.Kind);
    }
}

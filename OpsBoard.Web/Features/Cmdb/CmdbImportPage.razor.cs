using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using OpsBoard.Web.Features.Cmdb.Sheets;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>Imports a CSV file into one CMDB list: a preview of every row and error first, then all of it or nothing.</summary>
public sealed partial class CmdbImportPage
{
    private CmdbKind? kind;
    private string? csv;
    private string? fileName;
    private string? problem;
    private ImportPreview? preview;
    private bool importing;

    [Parameter] public string Kind { get; set; } = string.Empty;

    [Inject] private CmdbAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string Title => kind?.Title() ?? "CMDB";

    protected override void OnParametersSet() => kind = CmdbKinds.FromSlug(Kind);

    private async Task ReadAsync(IBrowserFile? file)
    {
        if (file is null || kind is not { } shown) return;
        preview = null;
        problem = null;
        fileName = file.Name;
        if (file.Size > CmdbAdminEndpoints.MaxImportBytes)
        {
            problem = $"{file.Name} is larger than {CmdbAdminEndpoints.MaxImportBytes / 1024 / 1024} MB; split it into smaller files.";
            return;
        }
        using var reader = new StreamReader(file.OpenReadStream(CmdbAdminEndpoints.MaxImportBytes));
        csv = await reader.ReadToEndAsync();
        preview = await Admin.ImportAsync(shown, csv, apply: false, Actor.Name);
    }

    private async Task ImportAsync()
    {
        if (csv is null || kind is not { } shown) return;
        importing = true;
        try
        {
            // Checked again as it is saved: the CMDB may have changed since the preview.
            preview = await Admin.ImportAsync(shown, csv, apply: true, Actor.Name);
            if (preview.Applied) Snackbar.Add($"{fileName}: {Summary(preview)}", Severity.Success);
            else Snackbar.Add($"{fileName} was not imported: {Summary(preview)}", Severity.Error);
        }
        finally
        {
            importing = false;
        }
    }

    private static string Summary(ImportPreview p)
    {
        var counts = $"{p.Adding} to add, {p.Changing} to change, {p.Unchanged} unchanged";
        if (p.Applied) return $"Imported: {p.Adding} added, {p.Changing} changed, {p.Unchanged} unchanged.";
        if (p.Errors.Count > 0) return $"{counts}; {p.Errors.Count} {(p.Errors.Count == 1 ? "error" : "errors")} to correct first. Nothing is imported until the file has none.";
        return p.CanImport ? $"{counts}. Import saves all of it at once." : $"{counts}: the file matches the CMDB already, so there is nothing to import.";
    }

    private static string EffectText(RowEffect effect) => effect switch
    {
        RowEffect.Added => "Add",
        RowEffect.Changed => "Change",
        _ => "Unchanged",
    };

    private static string EffectIcon(RowEffect effect) => effect switch
    {
        RowEffect.Added => Icons.Material.Filled.AddCircle,
        RowEffect.Changed => Icons.Material.Filled.Edit,
        _ => Icons.Material.Filled.Remove,
    };
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.HistoryImport;

/// <summary>Uploads a log and imports it with a live progress bar; the import runs off the circuit so the bar keeps moving.</summary>
public sealed partial class HistoryImportPage : IProgress<ImportProgress>
{
    [Inject] private HistoryImporter Importer { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    private IBrowserFile? file;
    private string? fileName;
    private string? socGroup;
    private string timeZone = new ImportOptions().TimeZone;
    private bool running;
    private ImportProgress? progress;
    private ImportSummary? summary;

    private void Choose(IBrowserFile? chosen)
    {
        file = chosen;
        fileName = chosen?.Name;
        summary = null;
        progress = null;
    }

    private async Task ImportAsync()
    {
        if (file is null) return;
        if (file.Size > HistoryImportEndpoints.MaxImportBytes)
        {
            summary = ImportSummary.Refused($"{file.Name} is larger than {HistoryImportEndpoints.MaxImportBytes / 1024 / 1024} MB; split it by incident into smaller files.");
            return;
        }
        running = true;
        summary = null;
        try
        {
            var copy = new MemoryStream();
            await using (var upload = file.OpenReadStream(HistoryImportEndpoints.MaxImportBytes))
            {
                var buffer = new byte[81_920];
                int read;
                while ((read = await upload.ReadAsync(buffer)) > 0)
                {
                    copy.Write(buffer, 0, read);
                    Report(new ImportProgress("Uploading", (int)(copy.Length / 1024), (int)(file.Size / 1024)));
                }
            }
            copy.Position = 0;
            var options = new ImportOptions(string.IsNullOrWhiteSpace(socGroup) ? null : socGroup.Trim(), string.IsNullOrWhiteSpace(timeZone) ? new ImportOptions().TimeZone : timeZone.Trim());
            var by = Actor.Name;
            // Off the circuit's thread: reading and replaying are CPU work, and the bar must render meanwhile.
            summary = await Task.Run(() => Importer.ImportAsync(copy, options, by, this));
        }
        finally
        {
            running = false;
        }
    }

    public void Report(ImportProgress value)
    {
        progress = value;
        _ = InvokeAsync(StateHasChanged);
    }
}

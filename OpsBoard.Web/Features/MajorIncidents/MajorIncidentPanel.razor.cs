using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>
/// Acts through <see cref="MajorIncidentService"/>; the page reads the record again when the change feed tells it of the
/// change, so the panel shows what was stored.
/// </summary>
public sealed partial class MajorIncidentPanel
{
    private string? update;
    private string? numbers;
    private bool busy;

    [Parameter, EditorRequired] public MajorIncidentDetail Detail { get; set; } = default!;

    /// <summary>Now, for the time left to the next update.</summary>
    [Parameter] public DateTimeOffset Now { get; set; }

    /// <summary>Whether the person may run it (<see cref="MajorIncidentRules"/>).</summary>
    [Parameter] public bool CanRun { get; set; }

    [Inject] private MajorIncidentService Service { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private async Task PostAsync()
    {
        if (await RunAsync(() => Service.PostUpdateAsync(Detail.Number, update, Actor), "Update posted."))
            update = null;
    }

    private Task ChangeIntervalAsync(int minutes) =>
        RunAsync(() => Service.ChangeUpdateIntervalAsync(Detail.Number, minutes, Actor), $"Updates are due every {MajorIncidentWords.Every(TimeSpan.FromMinutes(minutes))} from the next one.");

    private async Task LinkAsync()
    {
        var asked = (numbers ?? string.Empty).Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await RunAsync(() => Service.LinkChildrenAsync(Detail.Number, asked, Actor), $"Linked {string.Join(", ", asked).ToUpperInvariant()} to {Detail.Number}."))
            numbers = null;
    }

    private async Task HandOverAsync()
    {
        var dialog = await Dialogs.ShowAsync<HandOverDialog>($"Hand over {Detail.Number} to problem management",
            new DialogParameters<HandOverDialog> { { d => d.Title, Detail.Title } }, new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: HandOverRequest request }) return;
        await RunAsync(() => Service.HandOverAsync(Detail.Number, request, Actor), $"{Detail.Number} handed over to problem management.");
    }

    private Task UnlinkAsync(string child) =>
        RunAsync(() => Service.UnlinkChildAsync(Detail.Number, child, null, Actor), $"{child} unlinked from {Detail.Number}.");

    private async Task<bool> RunAsync(Func<Task<ChangeResult>> change, string done)
    {
        busy = true;
        try
        {
            var result = await change();
            Snackbar.Add(result.Succeeded ? done : result.Message, result.Succeeded ? Severity.Success : Severity.Error);
            return result.Succeeded;
        }
        finally
        {
            busy = false;
        }
    }
}

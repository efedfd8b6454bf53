using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Calendars;

namespace OpsBoard.Web.Features.Admin;

/// <summary>Each calendar with its versions; working hours and holidays change by adding a version in a dialog.</summary>
public sealed partial class CalendarsPage
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Medium, FullWidth = true };

    private IReadOnlyList<CalendarView>? calendars;

    [Inject] private CalendarAdmin Admin { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync() => calendars = await Admin.ListAsync();

    /// <summary>Versions newest first, each with the last day it holds (null while no later version follows).</summary>
    private static IEnumerable<(CalendarVersion Version, DateOnly? Until)> Newest(CalendarView calendar)
    {
        DateOnly? until = null;
        foreach (var version in calendar.Versions.Reverse())
        {
            yield return (version, until);
            until = version.EffectiveFrom.AddDays(-1);
        }
    }

    private async Task EditAsync(CalendarView calendar)
    {
        var parameters = new DialogParameters<CalendarVersionDialog> { { d => d.Calendar, calendar } };
        var dialog = await Dialogs.ShowAsync<CalendarVersionDialog>($"Edit {calendar.Name} from a date", parameters, Options);
        if (await dialog.Result is not { Canceled: false, Data: AdminResult result }) return;
        Snackbar.Add(result.Unchanged ? $"{result.Subject}: the rules are the same as before, so nothing was added." : $"{result.Subject} saved. {result.Change}.",
            result.Unchanged ? Severity.Info : Severity.Success);
        calendars = await Admin.ListAsync();
    }
}

using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records.Dialogs;

namespace OpsBoard.Web.Features.Records;

public sealed partial class RecordActions
{
    private static readonly DialogOptions Options = new() { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };

    [Parameter, EditorRequired] public RecordView View { get; set; } = default!;

    /// <summary>An action the person has asked for, with what its dialog collected; the page carries it out.</summary>
    [Parameter] public EventCallback<RecordActionRequest> OnRequested { get; set; }

    [Parameter] public bool Busy { get; set; }

    /// <summary>A major incident's open children: resolving it then offers to resolve them too.</summary>
    [Parameter] public int OpenChildren { get; set; }

    /// <summary>A major incident to resolve with (or without) its children; the page carries it out.</summary>
    [Parameter] public EventCallback<MajorIncidents.ResolveMajorIncidentRequest> OnResolveMajorIncident { get; set; }

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Authentication { get; set; }

    private System.Security.Claims.ClaimsPrincipal? user;

    /// <summary>What the record's status allows and the person's roles allow them to do to it (<see cref="Access.RecordRules"/>).</summary>
    private IEnumerable<RecordAction> Offered => View.AllowedActions.Where(action =>
        user is not null && Access.RecordRules.Refusal(user, action, View.AssignmentGroupId, View.AssignmentGroup) is null);

    protected override async Task OnParametersSetAsync() => user = Authentication is null ? null : (await Authentication).User;

    // The step a person most likely takes next in this status.
    private RecordAction? Main => View.Status switch
    {
        Status.New or Status.Assigned => RecordAction.Acknowledge,
        Status.InProgress => RecordAction.Resolve,
        Status.Pending => RecordAction.Resume,
        Status.Resolved => RecordAction.Close,
        _ => RecordAction.AddNote,
    };

    private async Task StartAsync(RecordAction action)
    {
        var title = $"{DisplayNames.Of(action)}: {View.Number}";
        if (action == RecordAction.Resolve && OpenChildren > 0)
        {
            var dialog = await Dialogs.ShowAsync<ResolveDialog>(title, new DialogParameters<ResolveDialog> { { d => d.OpenChildren, OpenChildren } }, Options);
            if (await dialog.Result is { Canceled: false, Data: MajorIncidents.ResolveMajorIncidentRequest resolve }) await OnResolveMajorIncident.InvokeAsync(resolve);
            return;
        }
        var request = action switch
        {
            RecordAction.Assign => await AskAsync(title, new DialogParameters<AssignDialog>
            {
                { d => d.CurrentGroupId, View.AssignmentGroupId },
                { d => d.CurrentAssigneeId, View.AssigneeId },
            }),
            RecordAction.Pend => await AskAsync(title, new DialogParameters<PendDialog> { { d => d.LinkedChanges, View.Changes } }),
            RecordAction.Resolve => await AskAsync(title, new DialogParameters<ResolveDialog>()),
            RecordAction.Reopen => await AskTextAsync(title, action, "Why is the record being reopened? The reopen is counted.", "Reason", "Reopen"),
            RecordAction.Cancel => await AskTextAsync(title, action, "Why is the record being cancelled? Cancelled records cannot be changed again.", "Reason", "Cancel record"),
            RecordAction.AddNote => await AskTextAsync(title, action, "The note goes into the record's history for everyone who works it.", "Note", "Add note"),
            RecordAction.Reclassify => await AskAsync(title, new DialogParameters<ReclassifyDialog>
            {
                { d => d.CurrentImpact, View.Impact },
                { d => d.CurrentUrgency, View.Urgency },
                { d => d.Kind, View.Kind },
                { d => d.CurrentCategory, View.Category },
            }),
            RecordAction.OverridePriority => await AskAsync(title, new DialogParameters<OverridePriorityDialog> { { d => d.Current, View.Priority } }),
            RecordAction.DeclareMajorIncident => await AskAsync(title, new DialogParameters<DeclareMajorIncidentDialog>()),
            _ => new RecordActionRequest { Action = action },
        };
        if (request is not null) await OnRequested.InvokeAsync(request);
    }

    private Task<RecordActionRequest?> AskTextAsync(string title, RecordAction action, string prompt, string label, string submit) =>
        AskAsync(title, new DialogParameters<TextActionDialog>
        {
            { d => d.Action, action },
            { d => d.Prompt, prompt },
            { d => d.Label, label },
            { d => d.SubmitText, submit },
        });

    private async Task<RecordActionRequest?> AskAsync<TDialog>(string title, DialogParameters<TDialog> parameters) where TDialog : IComponent
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: RecordActionRequest request } ? request : null;
    }

    private static string Icon(RecordAction action) => action switch
    {
        RecordAction.Assign => Icons.Material.Filled.GroupAdd,
        RecordAction.Acknowledge => Icons.Material.Filled.PlaylistAddCheck,
        RecordAction.Pend => Icons.Material.Filled.PauseCircle,
        RecordAction.Resume => Icons.Material.Filled.PlayCircle,
        RecordAction.Resolve => Icons.Material.Filled.CheckCircle,
        RecordAction.Reopen => Icons.Material.Filled.Replay,
        RecordAction.Cancel => Icons.Material.Filled.Cancel,
        RecordAction.Close => Icons.Material.Filled.Lock,
        RecordAction.AddNote => Icons.Material.Filled.NoteAdd,
        RecordAction.Reclassify => Icons.Material.Filled.Tune,
        RecordAction.DeclareMajorIncident => Icons.Material.Filled.Campaign,
        _ => Icons.Material.Filled.PriorityHigh,
    };
}

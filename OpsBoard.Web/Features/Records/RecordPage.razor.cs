using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.MajorIncidents;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Records;

/// <summary>
/// One record: its fields, the actions its status allows, its OLA clocks and its history, kept live: a change by
/// anyone, or the sweep's crossing of a threshold, shows at once. Every action goes through RecordActionService.
/// </summary>
public sealed partial class RecordPage : LiveComponent
{
    private RecordView? view;
    private RecordClocksView? clocks;
    private MajorIncidentLinks? links;
    private DateTimeOffset readAt;
    private bool loaded;
    private bool acting;
    private (string Action, string Reason)? refusal;

    [Parameter] public string Number { get; set; } = string.Empty;

    [Inject] private RecordReader Reader { get; set; } = default!;

    [Inject] private ClockReader ClockReader { get; set; } = default!;

    [Inject] private RecordActionService Actions { get; set; } = default!;

    [Inject] private MajorIncidentReader MajorIncidents { get; set; } = default!;

    [Inject] private MajorIncidentService MajorIncidentService { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string PageTitle => view is null ? Number : $"{view.Number} {view.Title}";

    // Set with the view, read by the feed's thread: the record and, for a major incident, its children.
    private volatile string? shown;
    private volatile IReadOnlySet<string> children = new HashSet<string>();

    protected override async Task OnParametersSetAsync()
    {
        if (view?.Number == Number.ToUpperInvariant()) return;
        loaded = false;
        refusal = null;
        await ReadAsync(Number.ToUpperInvariant());
        loaded = true;
    }

    // The numbers of the record's problem and changes, read by the feed's thread: their status shows here, live.
    private volatile IReadOnlySet<string> linked = new HashSet<string>();

    protected override bool Follows(BoardEvent change) =>
        change.Number == shown || children.Contains(change.Number)
        || change.Type is BoardEventType.ProblemChanged or BoardEventType.ChangeChanged && linked.Contains(change.Number);

    protected override Task OnChangesAsync(IReadOnlyList<BoardEvent> changes) => view is null ? Task.CompletedTask : ReadAsync(view.Number);

    /// <summary>The record and its clocks as stored now: after an action, someone else's change or the sweep's.</summary>
    private async Task ReadAsync(string number)
    {
        view = await Reader.GetAsync(number, Actor.User);
        clocks = view is null ? null : await ClockReader.GetAsync(view.Number, Actor.User);
        links = view is null ? null : await MajorIncidents.ForRecordAsync(view.Number, Actor.User);
        readAt = Time.GetUtcNow();
        shown = view?.Number;
        children = links?.Detail is { } detail ? detail.Children.Select(c => c.Number).ToHashSet() : new HashSet<string>();
        linked = view is null ? new HashSet<string>() : [.. view.Changes.Select(c => c.Number), .. view.Problem is { } p ? [p.Number] : Array.Empty<string>()];
    }

    private async Task ActAsync(RecordActionRequest request)
    {
        if (view is null) return;
        acting = true;
        try
        {
            var result = await Actions.ActAsync(view.Number, request, Actor);
            if (result.Succeeded)
            {
                refusal = null;
                Snackbar.Add(Done(view.Number, request.Action), Severity.Success);
            }
            else
            {
                refusal = (DisplayNames.Of(request.Action), result.Message);
                Snackbar.Add($"{DisplayNames.Of(request.Action)} was not done: {result.Message}", Severity.Error);
            }
            // Read again either way: a refusal may come from a change someone else made since the page was loaded.
            var number = view.Number;
            await ReadAsync(number);
            // Reclassified Security by someone who may not see security incidents: it has left their view; say so.
            if (result.Succeeded && view is null)
            {
                Snackbar.Add(SecurityIncidentNotice.Reclassified(number).Message, Severity.Info);
                Navigation.NavigateTo("queue");
            }
        }
        finally
        {
            acting = false;
        }
    }

    private int OpenChildren => links?.Detail?.Children.Count(c => c.Status.IsOpen()) ?? 0;

    /// <summary>Resolves the major incident and, if asked, its open children (<see cref="MajorIncidentService.ResolveAsync"/>).</summary>
    private async Task ResolveMajorIncidentAsync(ResolveMajorIncidentRequest request)
    {
        if (view is null) return;
        acting = true;
        try
        {
            var resolution = await MajorIncidentService.ResolveAsync(view.Number, request.ResolutionCode, request.Note, request.ResolveChildren, Actor);
            refusal = resolution.Result.Succeeded ? null : (DisplayNames.Of(RecordAction.Resolve), resolution.Result.Message);
            var (message, severity) = resolution switch
            {
                { Result.Succeeded: false } => ($"Resolve was not done: {resolution.Result.Message}", Severity.Error),
                { ChildrenRefusal: { } why } => ($"{view.Number} resolved; its children were not: {why}", Severity.Warning),
                { ChildrenResolved: > 0 } => ($"{view.Number} resolved with {resolution.ChildrenResolved} child {(resolution.ChildrenResolved == 1 ? "incident" : "incidents")}.", Severity.Success),
                _ => ($"{view.Number} resolved.", Severity.Success),
            };
            Snackbar.Add(message, severity);
            await ReadAsync(view.Number);
        }
        finally
        {
            acting = false;
        }
    }

    private static string Done(string number, RecordAction action) => action switch
    {
        RecordAction.Assign => $"{number} assigned.",
        RecordAction.Acknowledge => $"{number} acknowledged.",
        RecordAction.Pend => $"{number} set pending.",
        RecordAction.Resume => $"{number} resumed.",
        RecordAction.Resolve => $"{number} resolved.",
        RecordAction.Reopen => $"{number} reopened.",
        RecordAction.Cancel => $"{number} cancelled.",
        RecordAction.Close => $"{number} closed.",
        RecordAction.AddNote => $"Note added to {number}.",
        RecordAction.Reclassify => $"{number} reclassified.",
        RecordAction.LinkProblem => $"{number} linked to the problem.",
        RecordAction.UnlinkProblem => $"{number} unlinked from its problem.",
        RecordAction.LinkChange => $"{number} linked to the change.",
        RecordAction.UnlinkChange => $"{number} unlinked from the change.",
        RecordAction.OverridePriority => $"Priority of {number} overridden.",
        RecordAction.DeclareMajorIncident => $"{number} declared a major incident.",
        _ => $"{DisplayNames.Of(action)}: done on {number}.",
    };
}

using OpsBoard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Features.Ola;

public sealed partial class ClocksPanel : IDisposable
{
    private static readonly DialogOptions ExplainOptions = new() { CloseOnEscapeKey = true, CloseButton = true, MaxWidth = MaxWidth.Large, FullWidth = true };

    private SecondTicker? ticker;
    private OlaPolicyBook? book;
    private DateTimeOffset now;

    /// <summary>The record's clocks as last read; the page reads them again after every action.</summary>
    [Parameter, EditorRequired] public RecordClocksView? Clocks { get; set; }

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private OlaPolicyStore Policies { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    // The whole record first, then the group holding it now, then those before it. A major incident's update clock is no
    // OLA target: its own panel shows it.
    private IEnumerable<IGrouping<int, ClockView>> Segments =>
        (Clocks?.Clocks ?? []).Where(c => c.Kind != OlaTargetKind.MajorIncidentUpdate).GroupBy(c => c.Segment).OrderBy(g => g.Key == 0 ? 0 : 1).ThenByDescending(g => g.Key);

    protected override async Task OnInitializedAsync() => book = await Policies.GetAsync();

    protected override void OnParametersSet() => now = Time.GetUtcNow();

    protected override void OnAfterRender(bool firstRender)
    {
        // Not while prerendering: the ticker starts once the circuit is live.
        if (!firstRender) return;
        ticker = SecondTicker.Start(Time, () => Clocks?.Clocks.Any(c => c.IsRunning) == true ? InvokeAsync(Tick) : Task.CompletedTask);
    }

    private void Tick()
    {
        now = Time.GetUtcNow();
        StateHasChanged();
    }

    private ClockCountdown CountdownOf(ClockView clock) =>
        Clocks is { } view && book is not null
            ? ClockCountdown.Of(clock, view.ReadAt, book.Calendar(clock.Calendar), now)
            : new ClockCountdown(clock.Used, clock.Target, false);

    private static string SegmentTitle(IGrouping<int, ClockView> segment)
    {
        var first = segment.First();
        if (first.Segment == 0) return ClockWords.Segment(first);
        var resolution = segment.FirstOrDefault(c => c.Kind == OlaTargetKind.Resolution);
        return resolution switch
        {
            { StoppedAt: null } => $"{ClockWords.Segment(first)} (holds it now)",
            { StopReason: StopReason.PassedOn } => $"{ClockWords.Segment(first)} (passed on)",
            _ => ClockWords.Segment(first),
        };
    }

    private async Task ExplainAsync(ClockView clock)
    {
        if (Clocks is null) return;
        var parameters = new DialogParameters<ClockExplainDialog>
        {
            { d => d.Clock, clock },
            { d => d.ReadAt, Clocks.ReadAt },
            { d => d.TwentyFourSeven, book?.Calendar(clock.Calendar).IsTwentyFourSeven ?? false },
        };
        await Dialogs.ShowAsync<ClockExplainDialog>($"Why is it due then? {ClockWords.Name(clock)}", parameters, ExplainOptions);
    }

    public void Dispose() => ticker?.Dispose();
}

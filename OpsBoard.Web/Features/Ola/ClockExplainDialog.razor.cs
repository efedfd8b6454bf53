using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Web.Features.Ola;

public sealed partial class ClockExplainDialog
{
    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public ClockView Clock { get; set; } = default!;

    /// <summary>When the clock was read: a running clock's last piece ends then.</summary>
    [Parameter, EditorRequired] public DateTimeOffset ReadAt { get; set; }

    /// <summary>On a 24x7 calendar every hour counts, so no piece is out of hours.</summary>
    [Parameter] public bool TwentyFourSeven { get; set; }

    private string Intro =>
        $"{ClockWords.Name(Clock)}: a {Clock.Priority} target of {Durations.Format(Clock.Target)} on the {Clock.Calendar} calendar, " +
        $"started {LondonTime.Format(Clock.Start)} {LondonTime.ZoneName(Clock.Start)}.";

    private string Outcome
    {
        get
        {
            var used = $"{Durations.Format(Clock.Used)} of {Durations.Format(Clock.Target)} counted";
            if (Clock.StopReason is { } stop)
            {
                var breach = Clock.Overrun > TimeSpan.Zero ? $", {Durations.Format(Clock.Overrun)} over the target" : ", within the target";
                return $"{ClockWords.Stop(stop)} at {At(Clock.StoppedAt!.Value)}: {used}{breach}.";
            }
            if (Clock.IsPaused) return $"Paused ({ClockWords.Pause(Clock.PausedFor)}): {used}; {Durations.Format(Clock.Left)} left once it resumes.";
            if (Clock.Overrun > TimeSpan.Zero)
            {
                var breachedAt = Clock.BreachedAt ?? Clock.Due;
                return $"{used}: breached at {(breachedAt is { } at ? At(at) : "-")}, {Durations.Format(Clock.Overrun)} over the target.";
            }
            return Clock.Due is { } due
                ? $"{used}; the {Durations.Format(Clock.Left)} left, counted in the calendar's hours from now, ends at {At(due)}: that is when it is due."
                : $"{used}; {Durations.Format(Clock.Left)} left.";
        }
    }

    private bool IsNow(ClockSpanView span) => Clock.StoppedAt is null && span.End == ReadAt;

    private static string At(DateTimeOffset instant) => $"{LondonTime.Format(instant)} {LondonTime.ZoneName(instant)}";

    private string What(ClockSpanView span) => span.Kind switch
    {
        ClockSpanKind.InHours => TwentyFourSeven ? "Counting" : "Counting: inside the calendar's hours",
        ClockSpanKind.OutOfHours => "Not counting: outside the calendar's hours",
        _ => span.PausedBy is null
            ? $"Paused: {ClockWords.Pause(span.PauseReason)}"
            : $"Paused: {ClockWords.Pause(span.PauseReason)}, set by {span.PausedBy}",
    };

    private static string Icon(ClockSpanKind kind) => kind switch
    {
        ClockSpanKind.InHours => Icons.Material.Filled.PlayCircle,
        ClockSpanKind.OutOfHours => Icons.Material.Filled.Bedtime,
        _ => Icons.Material.Filled.PauseCircle,
    };
}

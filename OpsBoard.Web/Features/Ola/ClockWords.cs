using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Web.Features.Ola;

/// <summary>The words the clocks panel and its explanation use for kinds, pauses and stops.</summary>
public static class ClockWords
{
    public static string Kind(OlaTargetKind kind) => RecordClocks.Describe(kind);

    /// <summary>"awaiting caller" for a pending reason; a reopened record's resolved spell reads "resolved until reopened".</summary>
    public static string Pause(string? reason) => reason switch
    {
        null => "paused",
        "Resolved" => "resolved until reopened",
        _ when Enum.TryParse<PendingReason>(reason, out var pending) => DisplayNames.Of(pending).ToLowerInvariant(),
        _ => reason,
    };

    public static string Stop(StopReason reason) => reason switch
    {
        StopReason.Met => "Met",
        StopReason.PassedOn => "Passed on",
        StopReason.Resolved => "Resolved",
        _ => "Cancelled",
    };

    public static string Segment(ClockView clock) =>
        clock.Segment == 0 ? "Whole record: the service target" : $"Segment {clock.Segment}: {clock.SupportGroup}";

    public static string Name(ClockView clock) =>
        clock.Segment == 0 ? $"{Kind(clock.Kind)} (whole record)" : $"{Kind(clock.Kind)}, {clock.SupportGroup}";
}

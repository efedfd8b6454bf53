using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Jeopardy;

/// <summary>The words the console uses for its actions and an alert's clock.</summary>
public static class AlertWords
{
    public static string Action(AlertResponse response) => response switch
    {
        AlertResponse.Reassign => "Reassign",
        AlertResponse.Escalate => "Escalate to the next line",
        AlertResponse.EscalateToServiceManager => "Escalate to the service manager",
        AlertResponse.Chase => "Chase",
        _ => "Acknowledge",
    };

    /// <summary>The button and dialog title: Escalate offers both the next line and the service manager.</summary>
    public static string Button(AlertResponse response) => response == AlertResponse.Escalate ? "Escalate" : Action(response);

    /// <summary>"Response" with "Service Operations Centre" beneath, or "Record resolution" with "whole record".</summary>
    public static string Clock(OpenAlert alert) => RecordClocks.Describe(alert.Kind);

    public static string ClockHolder(OpenAlert alert) => alert.ClockGroup ?? "whole record";

    /// <summary>The alert in a few words, for screen readers beside each action button.</summary>
    public static string Name(OpenAlert alert) => $"{alert.Number}, {Clock(alert).ToLowerInvariant()} {alert.RaisedFor.ToString().ToLowerInvariant()} alert";
}

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
    public static string Clock(OpenAlert alert) => alert.Kind is { } kind ? RecordClocks.Describe(kind) : "Ping-pong";

    public static string ClockHolder(OpenAlert alert) => alert.IsPingPong ? "hierarchical escalation" : alert.ClockGroup ?? "whole record";

    /// <summary>The alert in a few words, for screen readers beside each action button.</summary>
    public static string Name(OpenAlert alert) => alert.IsPingPong
        ? $"{alert.Number}, ping-pong alert"
        : $"{alert.Number}, {Clock(alert).ToLowerInvariant()} {alert.RaisedFor.ToString()!.ToLowerInvariant()} alert";

    /// <summary>"Passed between groups 4 times: Service Desk -> Network -> Apps -> Network -> Apps".</summary>
    public static string PingPong(OpenAlert alert) => Domain.Escalation.PingPong.Describe(alert.Passes ?? 0, alert.Route ?? string.Empty);

    /// <summary>Who a ping-pong alert is for: the service manager of the record's service.</summary>
    public static string ForWhom(OpenAlert alert) => alert.ServiceManager is { } manager
        ? $"For {manager}, service manager of {alert.Service}"
        : $"{alert.Service} has no service manager on record";

    /// <summary>The responses offered: a clock's four (Escalate offers both kinds), or ping-pong's own.</summary>
    public static IReadOnlyList<AlertResponse> Offered(OpenAlert alert) => alert.IsPingPong ? JeopardyAlert.ResponsesFor(AlertReason.PingPong) : ClockResponses;

    // Escalate opens one dialog that offers both the next line (functional) and the service manager (hierarchical).
    private static readonly AlertResponse[] ClockResponses = [AlertResponse.Acknowledge, AlertResponse.Reassign, AlertResponse.Escalate, AlertResponse.Chase];

    /// <summary>The button for a response on this alert: on a ping-pong alert, Reassign settles the record with one group.</summary>
    public static string Button(OpenAlert alert, AlertResponse response) => alert.IsPingPong && response == AlertResponse.Reassign ? "Assign to one group" : Button(response);
}

namespace OpsBoard.Web.Features.Metrics;

/// <summary>
/// What this process counts and times while it runs, for <c>GET /metrics</c>: one per app (a singleton, not a static
/// registry), so two apps in one process (tests) never share counts. Counts start at zero with the process.
/// </summary>
public sealed class OpsBoardMetrics
{
    /// <summary>The HTTP statuses the event intake refuses with, written as zero until one happens.</summary>
    private static readonly string[] RefusalStatuses = ["400", "401", "413", "415", "429", "503"];

    public Counter EventsReceived { get; } = new("opsboard_events_received_total",
        "Events the intake accepted and stored (each alert of an Alertmanager post counts once).");

    public Counter EventsRefused { get; } = new("opsboard_events_refused_total",
        "Event requests the intake refused, by HTTP status (a refused request counts once, whatever it carried).", "status", RefusalStatuses);

    public Counter EventsDeduplicated { get; } = new("opsboard_events_deduplicated_total",
        "Triggers folded into the open event record of their dedup key as a repeat.");

    public Histogram SweepDuration { get; } = new("opsboard_ola_sweep_duration_seconds",
        "Seconds each OLA sweep run took.", Histogram.Seconds);

    public Histogram FeedLatency { get; } = new("opsboard_change_feed_latency_seconds",
        "Seconds from a change's commit to its delivery to the change feed's subscribers, per change.", Histogram.Seconds);

    public void WriteTo(Exposition exposition)
    {
        EventsReceived.WriteTo(exposition);
        EventsRefused.WriteTo(exposition);
        EventsDeduplicated.WriteTo(exposition);
        SweepDuration.WriteTo(exposition);
        FeedLatency.WriteTo(exposition);
    }
}

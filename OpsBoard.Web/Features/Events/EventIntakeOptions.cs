namespace OpsBoard.Web.Features.Events;

/// <summary>
/// <c>OpsBoard:Events</c>: how many accepted events may wait to be stored before the intake answers 503, how many are
/// stored per commit, each integration's steady rate and burst before 429, and the demo integration's key.
/// </summary>
public sealed record EventIntakeOptions
{
    public const string Section = "OpsBoard:Events";

    public int QueueCapacity { get; init; } = 20_000;

    public int MaxBatch { get; init; } = 1_000;

    public int RatePerKey { get; init; } = 1_000;

    public int BurstPerKey { get; init; } = 5_000;

    /// <summary>Events a second stored above which the intake counts as busy and the processor yields to it (<see cref="IntakePressure"/>).</summary>
    public int BusyRate { get; init; } = 1_000;

    /// <summary>The share of its time the processor takes while the intake is busy (above 0, at most 1 for never yielding).</summary>
    public double ApplyShareWhileBusy { get; init; } = 0.1;

    /// <summary>Largest body accepted, in bytes: 512 KB, as PagerDuty's Events API.</summary>
    public int MaxBodyBytes { get; init; } = 512 * 1024;

    /// <summary>
    /// For OpsBoard.Bench only: maps POST /api/v2/enqueue-noop, which reads and checks an event exactly as the intake does
    /// and answers the same 202 without storing it (<see cref="NoOpEnqueueEndpoint"/>). Off by default: never turn it on in
    /// service, as it says "Event processed" for events it drops.
    /// </summary>
    public bool BenchmarkNoOp { get; init; }

    public static EventIntakeOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<EventIntakeOptions>() ?? new EventIntakeOptions();
        Require(options.QueueCapacity >= 1, "QueueCapacity", "at least 1");
        Require(options.MaxBatch >= 1, "MaxBatch", "at least 1");
        Require(options.RatePerKey >= 1, "RatePerKey", "at least 1 event a second");
        Require(options.BurstPerKey >= options.RatePerKey, "BurstPerKey", "at least RatePerKey");
        Require(options.BusyRate >= 1, "BusyRate", "at least 1 event a second");
        Require(options.ApplyShareWhileBusy is > 0 and <= 1, "ApplyShareWhileBusy", "above 0 and at most 1");
        Require(options.MaxBodyBytes >= 1024, "MaxBodyBytes", "at least 1024");
        return options;
    }

    private static void Require(bool ok, string name, string what)
    {
        if (!ok) throw new InvalidOperationException($"The setting {Section}:{name} must be {what}; fix it in appsettings.json or the environment (OpsBoard__Events__{name}).");
    }
}

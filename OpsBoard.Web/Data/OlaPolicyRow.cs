using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

/// <summary>A stored OLA policy: per group (or the default, with no group) and priority.</summary>
public sealed class OlaPolicyRow
{
    public int Id { get; set; }

    public int? SupportGroupId { get; set; }

    public Priority Priority { get; set; }

    public TimeSpan Response { get; set; }

    public TimeSpan Resolution { get; set; }

    public required string CalendarName { get; set; }

    public int WatchPercent { get; set; }

    public int JeopardyPercent { get; set; }

    public int BreachedPercent { get; set; }

    /// <summary>Comma-separated pending reasons that stop the clock.</summary>
    public required string StopClockReasons { get; set; }

    public OlaPolicy ToPolicy() => new(SupportGroupId, Priority, Response, Resolution, CalendarName,
        new JeopardyThresholds(WatchPercent, JeopardyPercent, BreachedPercent),
        StopClockReasons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<PendingReason>).ToHashSet());

    public static OlaPolicyRow From(OlaPolicy policy, int id = 0) => new()
    {
        Id = id,
        SupportGroupId = policy.SupportGroupId,
        Priority = policy.Priority,
        Response = policy.Response,
        Resolution = policy.Resolution,
        CalendarName = policy.CalendarName,
        WatchPercent = policy.Thresholds.WatchPercent,
        JeopardyPercent = policy.Thresholds.JeopardyPercent,
        BreachedPercent = policy.Thresholds.BreachedPercent,
        StopClockReasons = string.Join(",", policy.StopClockReasons.Order()),
    };
}

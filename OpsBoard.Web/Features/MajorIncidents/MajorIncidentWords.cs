using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>How a major incident's update clock reads on screen.</summary>
public static class MajorIncidentWords
{
    private static readonly int[] Usual = [15, 20, 30, 45, 60, 90, 120, 240];

    public static string Every(TimeSpan interval) => interval.TotalMinutes switch
    {
        60 => "hour",
        var m when m % 60 == 0 => $"{m / 60:0} hours",
        var m => $"{m:0} minutes",
    };

    /// <summary>"in 12 min", or "12 min overdue".</summary>
    public static string DueIn(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var minutes = (int)Math.Ceiling(Math.Abs(left.TotalMinutes));
        return left >= TimeSpan.Zero ? $"in {minutes} min" : $"{minutes} min overdue";
    }

    /// <summary>The intervals offered, with the current one among them.</summary>
    public static IEnumerable<int> Intervals(int current) =>
        Usual.Append(current).Where(m => TimeSpan.FromMinutes(m) >= Record.ShortestUpdateInterval && TimeSpan.FromMinutes(m) <= Record.LongestUpdateInterval).Distinct().Order();
}

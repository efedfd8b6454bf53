using System.Globalization;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>
/// The whole Europe/London days a scheduled run reports on, <see cref="First"/> to <see cref="Last"/>, as the instants
/// <c>[From, To)</c> a report request takes: local midnight to local midnight, so a day across a clock change is 23 or 25 hours.
/// </summary>
public sealed record ReportPeriod(ReportSchedule Schedule, DateOnly First, DateOnly Last)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public DateTimeOffset From => ReportPeriods.Days(First, Last).From;

    public DateTimeOffset To => ReportPeriods.Days(First, Last).To;

    /// <summary>What the period's files are named by: its first day and schedule, "2026-11-29-daily".</summary>
    public string Stem => $"{First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Schedule.ToString().ToLowerInvariant()}";

    /// <summary>"Sunday 29 November 2026", "Monday 23 to Sunday 29 November 2026", "October 2026".</summary>
    public string Describe() => Schedule switch
    {
        ReportSchedule.Daily => First.ToString("dddd d MMMM yyyy", British),
        ReportSchedule.Weekly => $"{First.ToString(First.Month == Last.Month ? "dddd d" : First.Year == Last.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", British)} to {Last.ToString("dddd d MMMM yyyy", British)}",
        _ => First.ToString("MMMM yyyy", British),
    };

    /// <summary>The last whole period of <paramref name="schedule"/> that ended before the London day of <paramref name="now"/>.</summary>
    public static ReportPeriod Before(ReportSchedule schedule, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(LondonTime.ToLocal(now).DateTime);
        return schedule switch
        {
            ReportSchedule.Daily => Starting(schedule, today.AddDays(-1)),
            ReportSchedule.Weekly => Starting(schedule, today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7)),
            _ => Starting(schedule, new DateOnly(today.Year, today.Month, 1).AddMonths(-1)),
        };
    }

    /// <summary>The period of <paramref name="schedule"/> that begins on <paramref name="first"/>.</summary>
    public static ReportPeriod Starting(ReportSchedule schedule, DateOnly first) => schedule switch
    {
        ReportSchedule.Daily => new(schedule, first, first),
        ReportSchedule.Weekly => new(schedule, first, first.AddDays(6)),
        _ => new(schedule, first, first.AddMonths(1).AddDays(-1)),
    };
}

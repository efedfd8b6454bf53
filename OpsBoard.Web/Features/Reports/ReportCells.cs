using System.Globalization;
using OpsBoard.Web.Components.Shared;

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// How figures read in a report's cells, on screen and in the CSV alike: numbers in invariant culture, percentages to one
/// decimal, durations to the minute ("26h 05m"); "-" where there is nothing to measure.
/// </summary>
public static class ReportCells
{
    public const string Nothing = "-";

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static double? Percent(double part, double whole) => whole == 0 ? null : Math.Round(part * 100 / whole, 1, MidpointRounding.AwayFromZero);

    public static string Percentage(double part, double whole) => OneDecimal(Percent(part, whole));

    public static string OneDecimal(double? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : Nothing;

    public static TimeSpan ToMinute(TimeSpan span) => TimeSpan.FromMinutes(Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero));

    public static string Duration(TimeSpan? span) => span is { } s ? Durations.Format(ToMinute(s)) : Nothing;

    /// <summary>For charts: hours, to the minute.</summary>
    public static double Hours(TimeSpan? span) => span is { } s ? ToMinute(s).TotalHours : 0;
}

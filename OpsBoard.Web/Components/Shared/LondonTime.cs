using System.Globalization;

namespace OpsBoard.Web.Components.Shared;

/// <summary>Instants as the operations centre reads them: Europe/London local time (GMT or BST), with UTC for the record.</summary>
public static class LondonTime
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>GMT in winter, BST in summer.</summary>
    public static string ZoneName(DateTimeOffset instant) => Zone.IsDaylightSavingTime(instant) ? "BST" : "GMT";

    /// <summary>For tables and timelines, e.g. "30 Nov 2026 09:00".</summary>
    public static string Format(DateTimeOffset instant) => ToLocal(instant).ToString("d MMM yyyy HH:mm", British);

    /// <summary>With seconds, where pieces of time are added up by hand, e.g. "30 Nov 2026 09:00:15".</summary>
    public static string Format(DateTimeOffset instant, bool seconds) =>
        seconds ? ToLocal(instant).ToString("d MMM yyyy HH:mm:ss", British) : Format(instant);

    /// <summary>For the hover text, e.g. "Mon 30 Nov 2026 09:00:00 GMT (Europe/London) = 2026-11-30 09:00:00 UTC".</summary>
    public static string Describe(DateTimeOffset instant) =>
        $"{ToLocal(instant).ToString("ddd d MMM yyyy HH:mm:ss", British)} {ZoneName(instant)} (Europe/London) = {instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";
}

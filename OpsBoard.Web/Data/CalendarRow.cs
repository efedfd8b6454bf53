using System.Text.Json;
using OpsBoard.Domain.Calendars;

namespace OpsBoard.Web.Data;

/// <summary>A stored business calendar; its rules are in versions, each taking effect from a date.</summary>
public sealed class CalendarRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string TimeZoneId { get; set; }

    public bool IsTwentyFourSeven { get; set; }

    public List<CalendarVersionRow> Versions { get; set; } = [];

    public BusinessCalendar ToCalendar() => IsTwentyFourSeven
        ? BusinessCalendar.TwentyFourSeven
        : BusinessCalendar.WorkingHours(Name, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId), Versions.Select(v => v.ToVersion()));
}

public sealed class CalendarVersionRow
{
    public int Id { get; set; }

    public int CalendarId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>JSON: [{"Day":"Monday","Start":"08:00:00","End":"18:00:00"}, ...].</summary>
    public required string WorkingDays { get; set; }

    /// <summary>JSON: ["2026-12-25", ...].</summary>
    public required string Holidays { get; set; }

    public CalendarVersion ToVersion() => new(EffectiveFrom,
        JsonSerializer.Deserialize<List<WorkingDay>>(WorkingDays, Json) ?? [],
        (JsonSerializer.Deserialize<List<DateOnly>>(Holidays, Json) ?? []).ToHashSet());

    public static CalendarVersionRow From(int id, int calendarId, CalendarVersion version) => new()
    {
        Id = id,
        CalendarId = calendarId,
        EffectiveFrom = version.EffectiveFrom,
        WorkingDays = JsonSerializer.Serialize(version.WorkingDays, Json),
        Holidays = JsonSerializer.Serialize(version.Holidays.Order(), Json),
    };

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}

namespace OpsBoard.Domain.Calendars;

/// <summary>
/// A calendar's rules from <see cref="EffectiveFrom"/> (a local date) until the next version takes over. Editing a
/// calendar adds a version, so time already counted under the old rules is never recounted.
/// </summary>
public sealed record CalendarVersion(DateOnly EffectiveFrom, IReadOnlyList<WorkingDay> WorkingDays, IReadOnlySet<DateOnly> Holidays)
{
    /// <summary>Monday to Friday, 08:00 to 18:00: PROCESS.md's default working hours.</summary>
    public static IReadOnlyList<WorkingDay> OfficeHours { get; } =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingDay(d, TimeSpan.FromHours(8), TimeSpan.FromHours(18))),
    ];

    /// <summary>What is wrong with these rules, keyed by the field at fault: workingDays, or workingDays.Monday for one weekday.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        foreach (var day in WorkingDays.Where(d => !d.IsValid))
        {
            problems[DayField(day.Day)] = $"{day.Day}: working hours must start before they end, within 00:00 to 24:00.";
        }
        foreach (var group in WorkingDays.GroupBy(d => d.Day).Where(g => g.Count() > 1))
        {
            problems.TryAdd(DayField(group.Key), $"{group.Key} is listed more than once; give each weekday one span of working hours.");
        }
        if (WorkingDays.Count == 0)
        {
            problems["workingDays"] = "A working-hours calendar needs at least one working day; use a 24x7 calendar for round-the-clock targets.";
        }
        return problems;
    }

    /// <summary>The field key of one weekday's hours, e.g. workingDays.Monday.</summary>
    public static string DayField(DayOfWeek day) => $"workingDays.{day}";
}

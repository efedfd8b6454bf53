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

    public IEnumerable<string> Problems()
    {
        foreach (var day in WorkingDays.Where(d => !d.IsValid))
        {
            yield return $"{day.Day}: working hours must start before they end, within 00:00 to 24:00.";
        }
        foreach (var group in WorkingDays.GroupBy(d => d.Day).Where(g => g.Count() > 1))
        {
            yield return $"{group.Key} is listed more than once; give each weekday one span of working hours.";
        }
        if (WorkingDays.Count == 0)
        {
            yield return "A working-hours calendar needs at least one working day; use a 24x7 calendar for round-the-clock targets.";
        }
    }
}

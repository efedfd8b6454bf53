namespace OpsBoard.Domain.Calendars;

/// <summary>The local working hours of one weekday: from <see cref="Start"/> to <see cref="End"/> (up to 24:00).</summary>
public readonly record struct WorkingDay(DayOfWeek Day, TimeSpan Start, TimeSpan End)
{
    public bool IsValid => Start >= TimeSpan.Zero && End <= TimeSpan.FromHours(24) && Start < End;

    public TimeSpan Length => End - Start;
}

namespace OpsBoard.Domain.Calendars;

/// <summary>A half-open span of time [Start, End).</summary>
public readonly record struct Interval(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End > Start ? End - Start : TimeSpan.Zero;

    public bool IsEmpty => End <= Start;

    public Interval Intersect(Interval other) =>
        new(Start > other.Start ? Start : other.Start, End < other.End ? End : other.End);
}

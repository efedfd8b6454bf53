using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Ola;

public sealed class OlaPolicyTests
{
    private static readonly OlaPolicy P3 = OlaPolicy.Defaults.Single(p => p.Priority == Priority.P3);

    [Fact]
    public void Problems_IsEmpty_ForEveryDefault()
    {
        Assert.All(OlaPolicy.Defaults, p => Assert.Empty(p.Problems()));
    }

    [Theory]
    [InlineData(0, 30 * 60, 50, 75, 100, "response")]
    [InlineData(120, 0, 50, 75, 100, "resolution")]
    [InlineData(31 * 60, 30 * 60, 50, 75, 100, "response")]
    [InlineData(120, 30 * 60, 0, 75, 100, "watchPercent")]
    [InlineData(120, 30 * 60, 50, 50, 100, "jeopardyPercent")]
    [InlineData(120, 30 * 60, 50, 100, 100, "jeopardyPercent")]
    [InlineData(120, 30 * 60, 50, 75, 90, "breachedPercent")]
    public void Problems_NamesTheField_WhenInvalid(int responseMinutes, int resolutionMinutes, int watch, int jeopardy, int breached, string field)
    {
        var policy = P3 with
        {
            Response = TimeSpan.FromMinutes(responseMinutes),
            Resolution = TimeSpan.FromMinutes(resolutionMinutes),
            Thresholds = new JeopardyThresholds(watch, jeopardy, breached),
        };

        var problems = policy.Problems();

        Assert.Equal([field], problems.Keys);
        Assert.False(string.IsNullOrWhiteSpace(problems[field]));
    }

    [Fact]
    public void CalendarVersionProblems_NamesTheWeekday_WhenItsHoursEndBeforeTheyStart()
    {
        var version = new CalendarVersion(new DateOnly(2026, 12, 1),
            [new WorkingDay(DayOfWeek.Monday, TimeSpan.FromHours(8), TimeSpan.FromHours(18)), new WorkingDay(DayOfWeek.Tuesday, TimeSpan.FromHours(18), TimeSpan.FromHours(8))],
            new HashSet<DateOnly>());

        Assert.Equal([CalendarVersion.DayField(DayOfWeek.Tuesday)], version.Problems().Keys);
    }
}

using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Components.Shared;
using OpsBoard.Web.Features.Jobs;
using OpsBoard.Web.Features.ScheduledReports;

namespace OpsBoard.Tests.Features.ScheduledReports;

/// <summary>Which days a scheduled run reports on, in Europe/London, across the clock changes of 2026 (29 March, 25 October).</summary>
public sealed class ReportPeriodTests
{
    [Theory]
    // Daily: yesterday, London's day; the day the clocks go forward has 23 hours, the day they go back 25.
    [InlineData("Daily", "2026-03-30T05:00:00Z", "2026-03-29", "2026-03-29", "2026-03-29T00:00:00Z", "2026-03-29T23:00:00Z")]
    [InlineData("Daily", "2026-10-26T06:00:00Z", "2026-10-25", "2026-10-25", "2026-10-24T23:00:00Z", "2026-10-26T00:00:00Z")]
    // 00:30 BST on Monday 30 March is still 29 March in UTC: the London day decides.
    [InlineData("Daily", "2026-03-29T23:30:00Z", "2026-03-29", "2026-03-29", "2026-03-29T00:00:00Z", "2026-03-29T23:00:00Z")]
    [InlineData("Daily", "2026-11-30T06:00:00Z", "2026-11-29", "2026-11-29", "2026-11-29T00:00:00Z", "2026-11-30T00:00:00Z")]
    // Weekly: last Monday to Sunday, whether run on the Monday or later in the week.
    [InlineData("Weekly", "2026-03-30T05:00:00Z", "2026-03-23", "2026-03-29", "2026-03-23T00:00:00Z", "2026-03-29T23:00:00Z")]
    [InlineData("Weekly", "2026-04-01T12:00:00Z", "2026-03-23", "2026-03-29", "2026-03-23T00:00:00Z", "2026-03-29T23:00:00Z")]
    [InlineData("Weekly", "2026-10-29T12:00:00Z", "2026-10-19", "2026-10-25", "2026-10-18T23:00:00Z", "2026-10-26T00:00:00Z")]
    [InlineData("Weekly", "2026-11-29T23:00:00Z", "2026-11-16", "2026-11-22", "2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z")]
    // Monthly: last calendar month, starting and ending at London midnight.
    [InlineData("Monthly", "2026-04-01T05:00:00Z", "2026-03-01", "2026-03-31", "2026-03-01T00:00:00Z", "2026-03-31T23:00:00Z")]
    [InlineData("Monthly", "2026-11-01T06:00:00Z", "2026-10-01", "2026-10-31", "2026-09-30T23:00:00Z", "2026-11-01T00:00:00Z")]
    [InlineData("Monthly", "2026-01-01T06:00:00Z", "2025-12-01", "2025-12-31", "2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    public void Before_IsTheLastWholeLondonPeriod(string schedule, string now, string first, string last, string from, string to)
    {
        var period = ReportPeriod.Before(Enum.Parse<ReportSchedule>(schedule), DateTimeOffset.Parse(now));

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (period.First, period.Last));
        Assert.Equal((DateTimeOffset.Parse(from), DateTimeOffset.Parse(to)), (period.From, period.To));
    }

    [Fact]
    public void Names_SayTheFirstDayAndSchedule_AndReadBack()
    {
        var period = ReportPeriod.Before(ReportSchedule.Daily, TestClock.MondayMorning);

        Assert.Equal("2026-11-29-daily.html", ReportFile.HtmlName(period));
        Assert.Equal("2026-11-29-daily-time-to-resolve.csv", ReportFile.CsvName(period, OpsBoard.Web.Features.Reports.ReportName.TimeToResolve));
        Assert.Equal((period, OpsBoard.Web.Features.Reports.ReportName.TimeToResolve), ReportFile.Read("2026-11-29-daily-time-to-resolve.csv"));
        Assert.Equal((ReportPeriod.Starting(ReportSchedule.Monthly, new DateOnly(2026, 10, 1)), null), ReportFile.Read("2026-10-01-monthly.html"));
        Assert.All(["../2026-11-29-daily.html", "2026-11-29-daily-nonsense.csv", "2026-11-29-daily.csv", "2026-13-01-daily.html",
            "2026-11-29-hourly.html", "2026-11-29-daily-volumes.csv.tmp", ".2026-11-29-daily.html.0a.tmp", "2026-11-29-daily-volumes.CSV"],
            name => Assert.Null(ReportFile.Read(name)));
    }

    [Fact]
    public async Task Jobs_AreScheduledAtSixInTheMorningLondonTime()
    {
        await using var app = new OpsBoardApp { DemoData = false };
        _ = app.Services; // starts the app, which registers the recurring jobs

        var jobs = app.Services.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs();

        foreach (var (schedule, (id, cron)) in JobRegistration.ScheduledReports)
        {
            var job = Assert.Single(jobs, j => j.Id == id);
            Assert.Equal((cron, LondonTime.Zone.Id), (job.Cron, job.TimeZoneId));
            Assert.Equal(schedule, (ReportSchedule)job.Job.Args[0]);
            var next = LondonTime.ToLocal(new DateTimeOffset(job.NextExecution!.Value, TimeSpan.Zero));
            Assert.Equal((6, 0), (next.Hour, next.Minute));
            if (schedule == ReportSchedule.Weekly) Assert.Equal(DayOfWeek.Monday, next.DayOfWeek);
            if (schedule == ReportSchedule.Monthly) Assert.Equal(1, next.Day);
        }
    }
}

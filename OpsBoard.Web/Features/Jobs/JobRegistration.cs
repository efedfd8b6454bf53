using Hangfire;
using Hangfire.InMemory;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.ScheduledReports;

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features.Jobs;

/// <summary>Hangfire and every recurring job, registered in this one place.</summary>
public static class JobRegistration
{
    public const string OlaSweep = "ola-sweep";

    /// <summary>Every 2 seconds: a crossing is stored and on screen within 5 s (2 s cron + 1 s scheduler poll + the run).</summary>
    public const string OlaSweepCron = "*/2 * * * * *";

    public const string AutoClose = "auto-close";

    /// <summary>Every minute: a resolved record closes within a minute of its last business day ending.</summary>
    public const string AutoCloseCron = "0 * * * * *";

    /// <summary>The scheduled reports, at 06:00 Europe/London: daily, on Mondays, and on the 1st of the month.</summary>
    public static readonly IReadOnlyDictionary<ReportSchedule, (string Id, string Cron)> ScheduledReports = new Dictionary<ReportSchedule, (string, string)>
    {
        [ReportSchedule.Daily] = ("reports-daily", "0 6 * * *"),
        [ReportSchedule.Weekly] = ("reports-weekly", "0 6 * * 1"),
        [ReportSchedule.Monthly] = ("reports-monthly", "0 6 1 * *"),
    };

    public static IServiceCollection AddOpsBoardJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage(new InMemoryStorageOptions()));
        if (configuration.GetValue("OpsBoard:Jobs:Enabled", true))
        {
            // The recurring scheduler polls every 15 s unless told otherwise, too slow for a 2-second job.
            services.AddHangfireServer(o =>
            {
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            });
        }
        services.AddTransient<OlaSweepJob>();
        services.AddTransient<AutoCloseJob>();
        return services;
    }

    public static WebApplication MapOpsBoardJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OlaSweepJob>(OlaSweep, j => j.RunAsync(CancellationToken.None), OlaSweepCron);
        jobs.AddOrUpdate<AutoCloseJob>(AutoClose, j => j.RunAsync(CancellationToken.None), AutoCloseCron);
        foreach (var (schedule, (id, cron)) in ScheduledReports)
        {
            jobs.AddOrUpdate<ScheduledReportJob>(id, j => j.RunAsync(schedule, CancellationToken.None), cron,
                new RecurringJobOptions { TimeZone = OpsBoard.Web.Components.Shared.LondonTime.Zone });
        }
        // Hangfire lets only local requests in by default; sign-in and the admin role decide instead.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [] }).RequireAuthorization(Policies.Administer);
        return app;
    }
}

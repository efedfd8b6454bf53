using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using OpsBoard.Web.Data;
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

    /// <summary>
    /// Hangfire keeps its jobs in memory on SQLite (one node), and in the shared PostgreSQL database with it, where every node's
    /// server takes part and each recurring job runs once per interval across them all (its scheduler takes a lock in the
    /// database; the sweep is safe in overlap besides, see <see cref="OlaSweepJob"/>).
    /// </summary>
    public static IServiceCollection AddOpsBoardJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddHangfire((provider, c) =>
        {
            c.UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.IsPostgres) UsePostgres(c, database);
            else c.UseInMemoryStorage(new InMemoryStorageOptions());
        });
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

    private static void UsePostgres(IGlobalConfiguration configuration, DatabaseOptions database) =>
        configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // Free workers ask for queued jobs this often; the default 15 s would hold a 2-second job back.
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
            // A node that dies mid-job leaves it to another after this long,
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            // and a lock it held (the recurring scheduler's, taken for a moment each second) is given up after this long.
            DistributedLockTimeout = TimeSpan.FromSeconds(30),
        });

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

namespace OpsBoard.Web.Features.ScheduledReports;

/// <summary>The report folder, the job (scheduled in JobRegistration) and the download endpoint.</summary>
public static class ScheduledReportRegistration
{
    public static IServiceCollection AddScheduledReports(this IServiceCollection services, IConfiguration configuration)
    {
        // Relative to the content root, as the database's App_Data is; the component tests have no host, so the working folder.
        services.AddSingleton(s => ReportFolder.Read(configuration, s.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory()));
        services.AddTransient<ScheduledReportJob>();
        return services;
    }
}

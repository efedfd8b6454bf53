namespace OpsBoard.Web.Features.Metrics;

/// <summary>The metrics' services: the counters, the database gauges and the change-feed timer.</summary>
public static class MetricsRegistration
{
    public static IServiceCollection AddOpsBoardMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MetricsOptions.Read(configuration));
        services.AddSingleton<OpsBoardMetrics>();
        services.AddSingleton<BoardGauges>();
        services.AddHostedService<FeedLatencyWatch>();
        return services;
    }
}

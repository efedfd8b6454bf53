using System.Text.Json.Serialization;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Escalation;
using OpsBoard.Web.Features.HistoryImport;
using OpsBoard.Web.Features.Events;
using OpsBoard.Web.Features.Jeopardy;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.MajorIncidents;
using OpsBoard.Web.Features.Metrics;
using OpsBoard.Web.Features.ScheduledReports;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Overview;
using OpsBoard.Web.Features.Queues;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Records;
using OpsBoard.Web.Features.Problems;
using OpsBoard.Web.Features.Changes;
using OpsBoard.Web.Features.Wall;

using OpsBoard.Web.Features.Access;

namespace OpsBoard.Web.Features;

/// <summary>Every feature's services and endpoints, registered in one place.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddOpsBoardFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        // Read now, so a setting that makes no sense stops the start-up with its name rather than a job failing later.
        var autoCloseDays = AutoCloseRule.Read(configuration);
        services.AddSingleton(EscalationOptions.Read(configuration));
        services.AddSingleton<ProposalDetector>();
        services.AddSingleton<ProposalReader>();
        services.AddSingleton<ProposalDecisions>();
        services.AddHostedService<ProposalWatch>();
        services.AddScoped<Actor>();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton(ThisNode.New());
        services.AddSingleton<BoardConnections>();
        services.AddHostedService<BoardHubRelay>();
        // Hub clients read event types and states by name, as the README documents them.
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddOpsBoardRedis(configuration);
        services.AddSingleton<OlaPolicyStore>();
        services.AddSingleton<RecordingService>();
        services.AddSingleton<RecordActionService>();
        services.AddSingleton<MajorIncidentService>();
        services.AddSingleton<MajorIncidentReader>();
        services.AddSingleton(s => new AutoCloseRule(s.GetRequiredService<OlaPolicyStore>(), autoCloseDays));
        services.AddSingleton<RecordReader>();
        services.AddSingleton<Problems.ProblemService>();
        services.AddSingleton<Problems.ProblemReader>();
        services.AddSingleton<Changes.ChangeService>();
        services.AddSingleton<Changes.ChangeReader>();
        services.AddSingleton<ClockReader>();
        services.AddSingleton<QueueService>();
        services.AddSingleton<CmdbCatalogue>();
        services.AddSingleton<HistoryImport.HistoryImporter>();
        services.AddSingleton<ServiceManagers>();
        services.AddSingleton<CmdbAdmin>();
        services.AddSingleton<PriorityMatrixService>();
        services.AddSingleton<OverviewService>();
        services.AddSingleton<OlaPolicyAdmin>();
        services.AddSingleton<CalendarAdmin>();
        services.AddSingleton<AuditReader>();
        services.AddSingleton<AlertReader>();
        services.AddSingleton<AlertActionService>();
        services.AddSingleton<BoardReader>();
        services.AddSingleton<BoardSnapshot>();
        services.AddSingleton(EventIntakeOptions.Read(configuration));
        services.AddSingleton(sp => WriteGate.For(sp.GetRequiredService<DatabaseOptions>()));
        services.AddSingleton<IntegrationKeys>();
        services.AddSingleton<RoutingRuleStore>();
        services.AddSingleton<IntegrationAdmin>();
        services.AddSingleton<RoutingRuleAdmin>();
        services.AddSingleton<KeyRateLimits>();
        services.AddSingleton<EventIntake>();
        // The processor first, so it stops after the writer: what the writer stored last is still applied.
        services.AddSingleton<IntakePressure>();
        services.AddSingleton<EventProcessor>();
        services.AddHostedService(s => s.GetRequiredService<EventProcessor>());
        services.AddSingleton<IntakeWriter>();
        services.AddHostedService(s => s.GetRequiredService<IntakeWriter>());
        services.AddOpsBoardMetrics(configuration);
        services.AddSingleton<Reports.ReportFactsReader>();
        services.AddSingleton<Reports.ReportRunner>();
        services.AddScheduledReports(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapOpsBoardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The REST API, limited per caller; the event intake has its own limit per integration.
        var api = endpoints.MapGroup(string.Empty).RequireRateLimiting(RateLimits.Api);
        api.MapRecordEndpoints();
        api.MapMajorIncidentEndpoints();
        api.MapProblemEndpoints();
        api.MapChangeEndpoints();
        api.MapClockEndpoints();
        api.MapCmdbEndpoints();
        api.MapCmdbAdminEndpoints();
        api.MapHistoryImportEndpoints();
        api.MapAlertEndpoints();
        api.MapProposalEndpoints();
        api.MapIntegrationEndpoints();
        api.MapAccessEndpoints();
        api.MapMetricsEndpoints(endpoints.ServiceProvider.GetRequiredService<MetricsOptions>());
        Reports.ReportEndpoints.MapReportEndpoints(api);
        api.MapReportFileEndpoints();
        endpoints.MapEventEndpoints();
        endpoints.MapNoOpEnqueueWhenBenchmarking();
        endpoints.MapHub<BoardHub>(BoardHub.Path).RequireAuthorization(Policies.Read);
        endpoints.MapAccountEndpoints();
        return endpoints;
    }
}

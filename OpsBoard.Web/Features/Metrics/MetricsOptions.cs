namespace OpsBoard.Web.Features.Metrics;

/// <summary>
/// Who may scrape <c>GET /metrics</c>: an administrator (a personal access token as bearer, which Prometheus sends with
/// <c>authorization.credentials_file</c>), or anyone when <c>OpsBoard:Metrics:AllowAnonymous</c> is true (a scraper on a
/// private network that cannot hold a token).
/// </summary>
public sealed record MetricsOptions(bool AllowAnonymous)
{
    public static MetricsOptions Read(IConfiguration configuration) => new(configuration.GetValue("OpsBoard:Metrics:AllowAnonymous", false));
}

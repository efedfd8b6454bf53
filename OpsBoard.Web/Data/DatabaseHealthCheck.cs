using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpsBoard.Web.Data;

/// <summary>/healthz's check of the database: "sqlite" or "postgresql", by the provider in use.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<OpsBoardDb> dbs, DatabaseOptions database) : IHealthCheck
{
    public static string NameFor(DatabaseOptions database) => database.IsPostgres ? "postgresql" : "sqlite";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"The {database.Describe()} answers.")
                : HealthCheckResult.Unhealthy($"The {database.Describe()} does not answer.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The {database.Describe()} does not answer: {error.Message}");
        }
    }
}

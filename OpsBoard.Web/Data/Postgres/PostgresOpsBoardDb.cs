using Microsoft.EntityFrameworkCore;

namespace OpsBoard.Web.Data.Postgres;

/// <summary>
/// <see cref="OpsBoardDb"/> on PostgreSQL: the same model, with its own migrations (in this folder), so each provider's
/// schema is generated for it and neither's migrations hold the other's SQL. <c>MigrationsTests</c> fails when either
/// provider's migrations lag behind the model. Add a migration to each provider for each change of the model:
/// <code>
/// dotnet ef migrations add NAME --project OpsBoard.Web --context OpsBoardDb --output-dir Data/Migrations
/// dotnet ef migrations add NAME --project OpsBoard.Web --context PostgresOpsBoardDb --output-dir Data/Postgres/Migrations -- --OpsBoard:Database=Postgres --ConnectionStrings:OpsBoard=Host=localhost
/// </code>
/// (Adding a migration reads the model only; no server is needed.)
/// </summary>
public sealed class PostgresOpsBoardDb(DbContextOptions<PostgresOpsBoardDb> options) : OpsBoardDb(options);

public static class PostgresOptions
{
    /// <summary>The one way OpsBoard opens PostgreSQL, for the app, its tests and its benchmarks.</summary>
    public static TBuilder UseOpsBoardPostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString);
        return options;
    }
}

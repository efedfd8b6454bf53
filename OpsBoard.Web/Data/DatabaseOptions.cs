using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpsBoard.Web.Data.Postgres;

namespace OpsBoard.Web.Data;

/// <summary>Which engine keeps OpsBoard's data: SQLite, embedded, for one machine; PostgreSQL, shared, for several nodes.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The database OpsBoard runs on, from <c>OpsBoard:Database</c> (Sqlite, the default, or Postgres) and
/// <c>ConnectionStrings:OpsBoard</c>. The one place that knows how to open a context on either provider.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "OpsBoard:Database";
    public const string ConnectionSetting = "ConnectionStrings:OpsBoard";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static DatabaseOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ReadProvider(configuration[ProviderSetting]);
        var connectionString = configuration.GetConnectionString("OpsBoard");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"{ProviderSetting} is Postgres, so {ConnectionSetting} must name the PostgreSQL database, for example " +
                    "\"Host=db.example;Database=opsboard;Username=opsboard;Password=...\".");
            }
            return new DatabaseOptions(provider, connectionString);
        }
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            return new DatabaseOptions(provider, $"Data Source={Path.Combine(folder, "opsboard.db")}");
        }
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var parent = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(parent)) Directory.CreateDirectory(parent);
        return new DatabaseOptions(provider, connectionString);
    }

    /// <summary>A new context on this database (the app's factory makes its contexts the same way).</summary>
    public OpsBoardDb CreateContext(params IInterceptor[] interceptors) => Provider switch
    {
        DatabaseProvider.Postgres => new PostgresOpsBoardDb(new DbContextOptionsBuilder<PostgresOpsBoardDb>()
            .UseOpsBoardPostgres(ConnectionString).AddInterceptors(interceptors).Options),
        _ => new OpsBoardDb(new DbContextOptionsBuilder<OpsBoardDb>().UseOpsBoardSqlite(ConnectionString).AddInterceptors(interceptors).Options),
    };

    /// <summary>Where the data is, for messages: the SQLite file, or the PostgreSQL server and database (never a password).</summary>
    public string Describe()
    {
        if (!IsPostgres) return Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database \"{builder.Database}\" on {builder.Host}:{builder.Port}";
    }

    private static DatabaseProvider ReadProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"{ProviderSetting} is \"{value}\"; it takes Sqlite (the default) or Postgres."),
    };
}

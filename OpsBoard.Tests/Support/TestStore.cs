using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsBoard.Web.Data;
using OpsBoard.Web.Data.Postgres;

namespace OpsBoard.Tests.Support;

/// <summary>
/// A test's own database on the provider this run tests: a new SQLite file in the temp folder, or, when
/// <c>OPSBOARD_TEST_DATABASE=Postgres</c> (test.sh's PostgreSQL pass), a new PostgreSQL database copied from a template
/// migrated once per run. Deleted by <see cref="Delete"/>.
/// </summary>
public sealed class TestStore
{
    public const string ProviderVariable = "OPSBOARD_TEST_DATABASE";

    private static readonly Lazy<string> Template = new(CreateTemplate);
    private static readonly Lock Creating = new();

    private TestStore(DatabaseOptions options) => Options = options;

    public DatabaseOptions Options { get; }

    /// <summary>The provider of this run: Sqlite unless OPSBOARD_TEST_DATABASE says Postgres.</summary>
    public static DatabaseProvider SuiteProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    /// <summary>The app's settings for this database, by configuration key.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [DatabaseOptions.ProviderSetting] = Options.Provider.ToString(),
        [DatabaseOptions.ConnectionSetting] = Options.ConnectionString,
    };

    /// <summary>A new, empty database on <paramref name="provider"/> (this run's provider unless given); PostgreSQL's is already migrated.</summary>
    public static TestStore New(DatabaseProvider? provider = null)
    {
        if ((provider ?? SuiteProvider) == DatabaseProvider.Sqlite)
        {
            return new TestStore(new DatabaseOptions(DatabaseProvider.Sqlite,
                $"Data Source={Path.Combine(Path.GetTempPath(), $"opsboard-test-{Guid.NewGuid():N}.db")}"));
        }
        var name = $"opsboard_t_{Guid.NewGuid():N}";
        // CREATE DATABASE ... TEMPLATE refuses while another session uses the template; one copy at a time in this process.
        lock (Creating) Execute(TestServices.Postgres, $"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\"");
        return new TestStore(new DatabaseOptions(DatabaseProvider.Postgres, On(name)));
    }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string SqlitePath => Options.IsPostgres
        ? throw new InvalidOperationException("This test database is on PostgreSQL; it has no file.")
        : new SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;

    public void Delete()
    {
        if (Options.IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(TestServices.Postgres, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(Options.ConnectionString).Database}\" WITH (FORCE)");
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm" }) File.Delete(file);
    }

    private static string On(string database) => new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = database }.ConnectionString;

    /// <summary>A database with every migration applied, as the app's start-up leaves it, dropped when the run ends.</summary>
    private static string CreateTemplate()
    {
        var name = $"opsboard_template_{Guid.NewGuid():N}";
        Execute(TestServices.Postgres, $"CREATE DATABASE \"{name}\"");
        var options = new DatabaseOptions(DatabaseProvider.Postgres, On(name));
        using (var db = options.CreateContext())
        {
            db.Database.Migrate();
            PostgresSequences.SyncAsync(db).GetAwaiter().GetResult();
        }
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute(TestServices.Postgres, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return name;
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

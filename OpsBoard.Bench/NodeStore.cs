using Microsoft.Data.Sqlite;
using Npgsql;
using OpsBoard.Web.Data;

namespace OpsBoard.Bench;

/// <summary>
/// The database the app's nodes in a benchmark share, new for the run and removed on dispose: a SQLite file in the temp
/// folder, or a database of its own on a PostgreSQL server the bench was given. The nodes migrate it themselves.
/// </summary>
public sealed class NodeStore : IAsyncDisposable
{
    private readonly string? server;

    private NodeStore(DatabaseOptions database, string? server)
    {
        Database = database;
        this.server = server;
    }

    public DatabaseOptions Database { get; }

    public string Engine => Database.IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>The settings that point a node at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["OpsBoard__Database"] = Database.Provider.ToString(),
        ["ConnectionStrings__OpsBoard"] = Database.ConnectionString,
    };

    public static NodeStore Sqlite() => new(new DatabaseOptions(DatabaseProvider.Sqlite,
        $"Data Source={Path.Combine(Path.GetTempPath(), $"opsboard-bench-{Guid.NewGuid():N}.db")}"), null);

    /// <summary>Creates a new, empty database on the server <paramref name="serverConnection"/> names (its user must be allowed to create databases).</summary>
    public static async Task<NodeStore> PostgresAsync(string serverConnection)
    {
        var name = $"opsboard_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(serverConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var database = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name }.ConnectionString;
        return new NodeStore(new DatabaseOptions(DatabaseProvider.Postgres, database), serverConnection);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is null)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

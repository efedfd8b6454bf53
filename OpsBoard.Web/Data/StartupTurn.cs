using Npgsql;

namespace OpsBoard.Web.Data;

/// <summary>
/// On PostgreSQL, a session advisory lock held while a node prepares the database (migrations, demo data, the first
/// accounts): a second node starting at the same moment waits, then finds it all there. SQLite serves one process.
/// </summary>
public sealed class StartupTurn : IAsyncDisposable
{
    private const long LockKey = 0x0B5B0A7D;
    private readonly NpgsqlConnection? connection;

    private StartupTurn(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupTurn> TakeAsync(DatabaseOptions database)
    {
        if (!database.IsPostgres) return new StartupTurn(null);
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection);
        await command.ExecuteNonQueryAsync();
        return new StartupTurn(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null) return;
        // Unlocked by hand: a pooled connection's session, and its locks, outlive Dispose.
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        await connection.DisposeAsync();
    }
}

namespace OpsBoard.Tests.Support;

/// <summary>
/// The real services some tests need, from environment variables that test.sh sets when it starts them. A test that
/// needs one that is not there fails, saying how to get it.
/// </summary>
public static class TestServices
{
    public const string PostgresVariable = "OPSBOARD_TEST_POSTGRES";
    public const string RedisVariable = "OPSBOARD_TEST_REDIS";

    /// <summary>A connection string of a PostgreSQL server on which the user may create and drop databases.</summary>
    public static string Postgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"This test needs PostgreSQL. Run ./test.sh, which starts one on loopback, or set {PostgresVariable} to a connection string " +
            "of a server where the user may create databases, for example \"Host=127.0.0.1;Port=5432;Username=postgres\".");

    /// <summary>A StackExchange.Redis configuration string of a Redis server, such as "127.0.0.1:6379".</summary>
    public static string Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"This test needs Redis. Run ./test.sh, which starts one on loopback, or set {RedisVariable}=host:port of a Redis server.");
}

using StackExchange.Redis;

namespace OpsBoard.Web.Features.Live;

/// <summary>
/// <c>OpsBoard:Redis</c> (a StackExchange.Redis configuration string, e.g. <c>redis1:6379,password=...</c>): when set, the
/// nodes sharing that Redis share one live picture, through the SignalR backplane and the change feed's bridge
/// (<see cref="RedisFeedBridge"/>). <c>OpsBoard:RedisChannelPrefix</c> (default "opsboard") names their Redis channels, so
/// two OpsBoard installations can share one Redis.
/// </summary>
public sealed record RedisScaleOut(string Configuration, string ChannelPrefix)
{
    public const string Setting = "OpsBoard:Redis";

    public const string PrefixSetting = "OpsBoard:RedisChannelPrefix";

    /// <summary>The Redis channel of the change feed's batches and beats (the connection puts the prefix before it).</summary>
    public RedisChannel FeedChannel { get; } = RedisChannel.Literal("feed");

    /// <summary>Where Redis is, for messages: the configuration's end points, without its password.</summary>
    public string Endpoints => string.Join(", ", Options().EndPoints.Select(e => e.ToString()));

    public ConfigurationOptions Options()
    {
        var options = ConfigurationOptions.Parse(Configuration);
        // A node starts, and serves its own users, while Redis is down; it connects when Redis is back.
        options.AbortOnConnectFail = false;
        options.ChannelPrefix = RedisChannel.Literal($"{ChannelPrefix}:");
        return options;
    }

    /// <summary>The setting, or null when it is not set; a setting StackExchange.Redis cannot read stops the start-up, naming it.</summary>
    public static RedisScaleOut? Read(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value)) return null;
        var prefix = configuration[PrefixSetting] is { Length: > 0 } p ? p : "opsboard";
        var scaleOut = new RedisScaleOut(value.Trim(), prefix);
        try
        {
            if (scaleOut.Options().EndPoints.Count == 0) throw new ArgumentException("it names no host:port");
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException(
                $"{Setting} is not a Redis configuration StackExchange.Redis can read ({error.Message}); give host:port, for example 127.0.0.1:6379.", error);
        }
        return scaleOut;
    }
}

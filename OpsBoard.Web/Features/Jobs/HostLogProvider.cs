using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace OpsBoard.Web.Features.Jobs;

/// <summary>
/// Hangfire logs through one static provider for the whole process, set by the host that configured it last. Where a
/// process hosts the app more than once (the tests), a logger asked of a stopped host's factory logs nothing instead of
/// failing the caller (Hangfire.PostgreSql logs while it sets up its storage).
/// </summary>
public sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider host = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return host.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static Silent Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

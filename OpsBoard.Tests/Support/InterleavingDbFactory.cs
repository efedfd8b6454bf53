using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpsBoard.Web.Data;

namespace OpsBoard.Tests.Support;

/// <summary>
/// Contexts over a test database that run <paramref name="interleave"/> once, just before the first save:
/// the service has loaded what it needs and someone else changes it before it writes. Deterministic, no sleeps.
/// </summary>
public sealed class InterleavingDbFactory(TestDatabase database, Func<Task> interleave) : IDbContextFactory<OpsBoardDb>
{
    private readonly BeforeFirstSave interceptor = new(interleave);

    public OpsBoardDb CreateDbContext() => database.Options.CreateContext(interceptor);

    private sealed class BeforeFirstSave(Func<Task> interleave) : SaveChangesInterceptor
    {
        private int fired;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref fired, 1) == 0) await interleave();
            return result;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Ola;

/// <summary>The policies and calendars every clock is computed with, read once and kept until an administrator edits them.</summary>
public sealed class OlaPolicyStore(IDbContextFactory<OpsBoardDb> dbs)
{
    private volatile OlaPolicyBook? book;

    public async Task<OlaPolicyBook> GetAsync(CancellationToken ct = default)
    {
        if (book is { } known) return known;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return book = await db.LoadPolicyBookAsync(ct);
    }

    /// <summary>Called after an edit: the next clock reads the new rules.</summary>
    public void Invalidate() => book = null;
}

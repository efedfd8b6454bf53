using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Recording;

/// <summary>The stored priority matrix, so forms can show the priority that impact and urgency will give before saving.</summary>
public sealed class PriorityMatrixService(IDbContextFactory<OpsBoardDb> dbs)
{
    public async Task<PriorityMatrix> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.LoadPriorityMatrixAsync(ct);
    }
}

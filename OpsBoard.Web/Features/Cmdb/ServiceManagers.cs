using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>Who a signed-in person is in the CMDB, and whether they manage any service or configuration item.</summary>
public sealed class ServiceManagers(IDbContextFactory<OpsBoardDb> dbs)
{
    /// <summary>The CMDB person the signed-in account belongs to and whether they manage anything; null when they are no one's manager.</summary>
    public async Task<int?> ManagerIdAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var personId = await db.Users.Where(u => u.Id == userId).Select(u => u.PersonId).FirstOrDefaultAsync(ct);
        if (personId is null) return null;
        var manages = await db.Services.AnyAsync(s => s.ServiceManagerId == personId, ct)
            || await db.ConfigurationItems.AnyAsync(c => c.ServiceManagerId == personId, ct);
        return manages ? personId : null;
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>Where security incidents go: the support group an administrator marked as the security group, if any.</summary>
public static class SecurityGroupQueries
{
    public static Task<SupportGroup?> SecurityGroupAsync(this OpsBoardDb db, CancellationToken ct = default) =>
        db.SupportGroups.OrderBy(g => g.Id).FirstOrDefaultAsync(g => g.IsSecurityGroup && !g.IsRetired, ct);

    /// <summary>Reclassifies the record and, when that has just made it a security incident, sends it to the security group.</summary>
    public static async Task<Outcome> ReclassifyAsync(this OpsBoardDb db, Record record, Impact impact, Urgency urgency, string? category, string by, DateTimeOffset now, CancellationToken ct)
    {
        var wasSecurityIncident = record.IsSecurityIncident;
        var outcome = record.Reclassify(impact, urgency, await db.LoadPriorityMatrixAsync(ct), by, now, category);
        if (outcome.Succeeded && !wasSecurityIncident && record.IsSecurityIncident) record.RouteToSecurityGroup(await db.SecurityGroupAsync(ct), by, now);
        return outcome;
    }
}

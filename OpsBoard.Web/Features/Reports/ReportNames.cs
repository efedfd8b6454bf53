using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Reports;

/// <summary>The names of groups and services from the CMDB (retired ones too: old records keep them), for the reports' cells.</summary>
public sealed record ReportNames(IReadOnlyDictionary<int, string> Groups, IReadOnlyDictionary<int, string> Services)
{
    public const string AllGroups = "All groups";

    public static ReportNames None { get; } = new(new Dictionary<int, string>(), new Dictionary<int, string>());

    public string Group(int? id) => id is { } i && Groups.TryGetValue(i, out var name) ? name : id is null ? "No group" : $"Group {id}";

    public string Service(int id) => Services.TryGetValue(id, out var name) ? name : $"Service {id}";

    public static async Task<ReportNames> ReadAsync(IDbContextFactory<OpsBoardDb> dbs, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var groups = await db.SupportGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new ReportNames(groups, services);
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>The services, configuration items, groups and people that forms and filters offer.</summary>
public sealed class CmdbCatalogue(IDbContextFactory<OpsBoardDb> dbs)
{
    public async Task<CatalogueView> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Retired items stay on their records but are not offered.
        var services = await db.Services.AsNoTracking().Where(s => !s.IsRetired).OrderBy(s => s.Name)
            .Select(s => new ServiceOption(s.Id, s.Name, s.SecondLineGroupId,
                s.ConfigurationItems.Where(c => !c.IsRetired).OrderBy(c => c.Name)
                    .Select(c => new ItemOption(c.Id, c.Name, c.Type, c.OwningGroup != null && !c.OwningGroup.IsRetired ? c.OwningGroupId : null)).ToList()))
            .ToListAsync(ct);
        var groups = await db.SupportGroups.AsNoTracking().Where(g => !g.IsRetired).OrderBy(g => g.Line).ThenBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name, g.Line,
                g.Members.Where(p => !p.IsRetired).OrderBy(p => p.Name).Select(p => new PersonOption(p.Id, p.Name)).ToList()))
            .ToListAsync(ct);
        return new CatalogueView(services, groups);
    }
}

public sealed record CatalogueView(IReadOnlyList<ServiceOption> Services, IReadOnlyList<GroupOption> Groups);

public sealed record ServiceOption(int Id, string Name, int? SecondLineGroupId, IReadOnlyList<ItemOption> Items);

/// <summary>A configuration item offered on forms; <paramref name="OwningGroupId"/> is the group a new record about it goes to.</summary>
public sealed record ItemOption(int Id, string Name, string Type, int? OwningGroupId = null);

public sealed record GroupOption(int Id, string Name, int Line, IReadOnlyList<PersonOption> Members);

public sealed record PersonOption(int Id, string Name);

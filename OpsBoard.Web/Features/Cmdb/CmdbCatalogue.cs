using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>The services, configuration items, groups and people that forms and filters offer.</summary>
public sealed class CmdbCatalogue(IDbContextFactory<OpsBoardDb> dbs)
{
    public async Task<CatalogueView> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new ServiceOption(s.Id, s.Name, s.SecondLineGroupId,
                s.ConfigurationItems.OrderBy(c => c.Name).Select(c => new ItemOption(c.Id, c.Name, c.Type)).ToList()))
            .ToListAsync(ct);
        var groups = await db.SupportGroups.AsNoTracking().OrderBy(g => g.Line).ThenBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name, g.Line,
                g.Members.OrderBy(p => p.Name).Select(p => new PersonOption(p.Id, p.Name)).ToList()))
            .ToListAsync(ct);
        return new CatalogueView(services, groups);
    }
}

public sealed record CatalogueView(IReadOnlyList<ServiceOption> Services, IReadOnlyList<GroupOption> Groups);

public sealed record ServiceOption(int Id, string Name, int? SecondLineGroupId, IReadOnlyList<ItemOption> Items);

public sealed record ItemOption(int Id, string Name, string Type);

public sealed record GroupOption(int Id, string Name, int Line, IReadOnlyList<PersonOption> Members);

public sealed record PersonOption(int Id, string Name);

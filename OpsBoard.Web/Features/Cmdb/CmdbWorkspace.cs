using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>
/// The whole CMDB loaded, tracked, into one context: edits and imports change it in memory row by row (so a later row sees
/// an earlier one), and only a caller that found no problem saves it, with its audit entries, in one SaveChanges.
/// </summary>
public sealed class CmdbWorkspace
{
    private CmdbWorkspace(OpsBoardDb db, List<Service> services, List<ConfigurationItem> items, List<SupportGroup> groups, List<Person> people)
    {
        Db = db;
        Services = services;
        Items = items;
        Groups = groups;
        People = people;
    }

    public OpsBoardDb Db { get; }

    public List<Service> Services { get; }

    public List<ConfigurationItem> Items { get; }

    public List<SupportGroup> Groups { get; }

    public List<Person> People { get; }

    /// <summary>What the edits changed, for the audit log: the item in words and the change.</summary>
    public List<(string Subject, string Change)> Changes { get; } = [];

    public static async Task<CmdbWorkspace> LoadAsync(OpsBoardDb db, CancellationToken ct)
    {
        // Loaded into one context, the navigations join up: each service's manager is one of People, and so on.
        var people = await db.People.ToListAsync(ct);
        var groups = await db.SupportGroups.Include(g => g.Members).ToListAsync(ct);
        var services = await db.Services.ToListAsync(ct);
        var items = await db.ConfigurationItems.ToListAsync(ct);
        return new CmdbWorkspace(db, services, items, groups, people);
    }

    public Person? PersonByEmail(string email) => People.FirstOrDefault(p => string.Equals(p.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    public SupportGroup? GroupByName(string name) => Groups.FirstOrDefault(g => string.Equals(g.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public Service? ServiceByName(string name) => Services.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the audit entries and saves everything in one SaveChanges.</summary>
    public async Task SaveAsync(string by, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (subject, change) in Changes) Db.AuditLog.Add(new AuditEntry(now, by, AuditArea.Cmdb, subject, change));
        await Db.SaveChangesAsync(ct);
    }
}

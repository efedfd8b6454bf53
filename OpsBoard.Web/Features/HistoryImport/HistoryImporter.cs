using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Import;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Cmdb.Csv;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.HistoryImport;

/// <summary>
/// Imports a ServiceNow-style incident event log (decision 0012): each incident becomes a record with its history and
/// clocks, replayed by the domain. Incidents already imported (by source number) are left alone, so a file imported twice
/// changes nothing; unreadable rows are reported by line and left out. Records are saved in batches, each in its own
/// transaction, so a long import never holds the write lock for long and an interrupted one finishes when run again.
/// </summary>
public sealed class HistoryImporter(
    IDbContextFactory<OpsBoardDb> dbs,
    OlaPolicyStore policies,
    WriteGate gate,
    ChangeFeed feed,
    TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<ImportSummary> ImportAsync(Stream csv, ImportOptions options, string by, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var started = Stopwatch.StartNew();
        if (!TryZone(options.TimeZone, out var zone))
            return ImportSummary.Refused($"'{options.TimeZone}' is not a time zone this machine knows; use an IANA name such as Europe/London or UTC.");
        string text;
        using (var reader = new StreamReader(csv))
        {
            text = await reader.ReadToEndAsync(ct);
        }
        var (records, csvProblem) = CsvReader.Read(text);
        if (csvProblem is not null) return ImportSummary.Refused($"line {csvProblem.Line}: {csvProblem.Message}");
        if (records.Count == 0) return ImportSummary.Refused("The file is empty; it needs a header row and one row per update of an incident.");
        var (columns, headerProblem) = LogColumns.Read(records[0].Fields);
        if (columns is null) return ImportSummary.Refused(headerProblem!);

        var rowReader = new LogRowReader(columns, zone);
        var problems = new List<ImportProblem>();
        var incidents = new Dictionary<string, List<LogRow>>(StringComparer.Ordinal);
        var total = records.Count - 1;
        for (var i = 1; i < records.Count; i++)
        {
            var (row, problem) = rowReader.Read(records[i].Line, records[i].Fields);
            if (row is null)
            {
                var number = records[i].Fields.Count > columns["number"] ? records[i].Fields[columns["number"]].Trim() : null;
                problems.Add(new ImportProblem(records[i].Line, string.IsNullOrEmpty(number) ? null : number, problem!));
            }
            else if (incidents.TryGetValue(row.Number, out var rows)) rows.Add(row);
            else incidents[row.Number] = [row];
            if (i % 2000 == 0) progress?.Report(new ImportProgress("Reading rows", i, total));
        }
        progress?.Report(new ImportProgress("Reading rows", total, total));

        var known = await KnownAsync(incidents.Keys, ct);
        var fresh = incidents.Where(i => !known.Contains(i.Key)).Select(i => i.Value).ToList();
        var (directory, groupsAdded, servicesAdded) = await DirectoryAsync(fresh, options, by, ct);
        var book = await policies.GetAsync(ct);
        var imported = 0;
        foreach (var batch in fresh.Chunk(BatchSize))
        {
            await SaveAsync(batch, directory, book, by, ct);
            imported += batch.Length;
            progress?.Report(new ImportProgress("Saving records", imported, fresh.Count));
        }
        var summary = new ImportSummary(total, incidents.Count, imported, incidents.Count - fresh.Count, groupsAdded, servicesAdded,
            problems, started.Elapsed);
        await AuditAsync(summary, by, ct);
        return summary;
    }

    private async Task<HashSet<string>> KnownAsync(IEnumerable<string> numbers, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(900))
        {
            known.UnionWith(await db.Records.Where(r => r.SourceNumber != null && chunk.Contains(r.SourceNumber)).Select(r => r.SourceNumber!).ToListAsync(ct));
        }
        return known;
    }

    /// <summary>The groups and services the incidents name, adding those not in the CMDB yet (2nd line groups; services without a manager).</summary>
    private async Task<(ImportDirectory Directory, int GroupsAdded, int ServicesAdded)> DirectoryAsync(
        List<List<LogRow>> incidents, ImportOptions options, string by, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var soc = await db.SupportGroups.OrderBy(g => g.Id).FirstOrDefaultAsync(g => g.Line == 1, ct)
            ?? throw new InvalidOperationException("There is no SOC (line 1) support group; add one in Admin > Support groups before importing.");
        var groups = (await db.SupportGroups.ToListAsync(ct)).GroupBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var services = (await db.Services.ToListAsync(ct)).GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(s => s.Key, s => s.First(), StringComparer.OrdinalIgnoreCase);
        var probe = new ImportDirectory(soc, options.SocGroup, name => groups.TryGetValue(name, out var g) ? g : Add(groups, name, new SupportGroup(name, 2), db.SupportGroups),
            name => services.TryGetValue(name, out var s) ? s : Add(services, name, new Service(name, "Added by a history import.", null, null), db.Services));
        var groupsBefore = groups.Count;
        var servicesBefore = services.Count;
        foreach (var row in incidents.SelectMany(i => i))
        {
            probe.GroupFor(row.Group);
            probe.ServiceFor(row.Category);
        }
        var added = (groups.Count - groupsBefore, services.Count - servicesBefore);
        if (added.Item1 + added.Item2 > 0)
        {
            var now = clock.GetUtcNow();
            foreach (var group in db.ChangeTracker.Entries<SupportGroup>().Where(e => e.State == EntityState.Added).ToList())
                db.AuditLog.Add(new AuditEntry(now, by, AuditArea.Cmdb, group.Entity.Name, "Support group added (line 2) by a history import"));
            foreach (var service in db.ChangeTracker.Entries<Service>().Where(e => e.State == EntityState.Added).ToList())
                db.AuditLog.Add(new AuditEntry(now, by, AuditArea.Cmdb, service.Entity.Name, "Service added by a history import"));
            await db.SaveChangesAsync(ct);
        }
        // Saved entities carry their ids now; the directory hands out the same instances to every record.
        var directory = new ImportDirectory(soc, options.SocGroup, name => groups[name], name => services[name]);
        return (directory, added.Item1, added.Item2);

        static T Add<T>(Dictionary<string, T> known, string name, T item, DbSet<T> set) where T : class
        {
            known[name] = item;
            set.Add(item);
            return item;
        }
    }

    private async Task SaveAsync(IReadOnlyList<List<LogRow>> incidents, ImportDirectory directory, OlaPolicyBook book, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var records = incidents.Select(rows => Record.Import(rows, directory, book, by, now)).ToList();
        using (await gate.EnterAsync(ct))
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var numbers = await db.NextNumbersAsync(RecordKind.Incident, records.Count, ct);
            for (var i = 0; i < records.Count; i++) records[i].TakeNumber(numbers[i]);
            await ImportWriter.WriteAsync(db, records, ct);
            await transaction.CommitAsync(ct);
        }
        // Closed history changes no board; a record still open appears on them like any new one.
        var open = records.Where(r => r.IsOpen).SelectMany(r => BoardEvents.Of(BoardEventType.RecordCreated, r, [], now)).ToList();
        if (open.Count > 0) feed.Publish(open);
    }

    private async Task AuditAsync(ImportSummary summary, string by, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.HistoryImport, "Incident event log", summary.Describe()));
        await db.SaveChangesAsync(ct);
    }

    private static bool TryZone(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Cmdb.Csv;
using OpsBoard.Web.Features.Cmdb.Sheets;

namespace OpsBoard.Web.Features.Cmdb;

/// <summary>
/// Lists, adds, edits, retires, exports and imports the CMDB's services, configuration items, support groups and people.
/// Every change goes through the same sheet rows and the domain's edit methods, and is saved with its audit entries in one
/// SaveChanges; a refused change saves nothing.
/// </summary>
public sealed class CmdbAdmin(IDbContextFactory<OpsBoardDb> dbs, TimeProvider clock)
{
    public const int MaxImportRows = 5000;

    public async Task<CmdbSheetView> ListAsync(CmdbKind kind, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var workspace = await CmdbWorkspace.LoadAsync(db, ct);
        var sheet = CmdbSheet.For(kind);
        return new CmdbSheetView(kind, sheet.Columns, sheet.Rows(workspace),
            [.. workspace.People.Where(p => !p.IsRetired).OrderBy(p => p.Name).Select(p => new PersonChoice(p.Name, p.Email))],
            [.. workspace.Groups.Where(g => !g.IsRetired).OrderBy(g => g.Line).ThenBy(g => g.Name).Select(g => g.Name)],
            [.. workspace.Services.Where(s => !s.IsRetired).OrderBy(s => s.Name).Select(s => s.Name)]);
    }

    /// <summary>Adds (<see cref="RowTarget.New"/>) or edits (<see cref="RowTarget.Existing"/>) one item from its row of values.</summary>
    public async Task<AdminResult> SaveAsync(CmdbKind kind, RowTarget target, IReadOnlyList<string> values, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var workspace = await CmdbWorkspace.LoadAsync(db, ct);
        var change = CmdbSheet.For(kind).Apply(workspace, target, values);
        if (change.Refused) return AdminResult.Invalid(new Dictionary<string, string> { [change.Column!] = change.Problem! });
        if (change.Effect == RowEffect.Unchanged) return AdminResult.Done(change.Subject!, null);
        try
        {
            await workspace.SaveAsync(by, clock.GetUtcNow(), ct);
        }
        catch (DbUpdateException)
        {
            return AdminResult.Refused(values.Count > 0 ? CmdbSheet.For(kind).Columns[0] : "Name",
                "Someone else changed the CMDB at the same time and the names now clash; reload the page and try again.");
        }
        return AdminResult.Done(change.Subject!, change.Change);
    }

    /// <summary>The list as CSV with a header row; reading it back in changes nothing.</summary>
    public async Task<string> ExportAsync(CmdbKind kind, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var workspace = await CmdbWorkspace.LoadAsync(db, ct);
        var sheet = CmdbSheet.For(kind);
        return CsvWriter.Write([sheet.Columns, .. sheet.Rows(workspace).Select(r => r.Values)]);
    }

    /// <summary>
    /// Reads a CSV file of <paramref name="kind"/> and applies every row in memory; the preview says what each row does and
    /// every problem. With <paramref name="apply"/> and no problem, all rows are saved in one transaction; otherwise none is.
    /// </summary>
    public async Task<ImportPreview> ImportAsync(CmdbKind kind, string csv, bool apply, string by, CancellationToken ct = default)
    {
        var sheet = CmdbSheet.For(kind);
        var (records, problem) = CsvReader.Read(csv);
        if (problem is not null) return Failed(kind, new ImportError(problem.Line, sheet.Columns[0], problem.Message));
        if (records.Count == 0) return Failed(kind, new ImportError(1, sheet.Columns[0], $"The file is empty; start it with the header row {string.Join(",", sheet.Columns)}."));
        var header = records[0];
        if (header.Fields.Count != sheet.Columns.Count || !header.Fields.Select(f => f.Trim()).SequenceEqual(sheet.Columns, StringComparer.OrdinalIgnoreCase))
        {
            return Failed(kind, new ImportError(header.Line, sheet.Columns[0],
                $"The header row must be {string.Join(",", sheet.Columns)} (export the {kind.Title().ToLowerInvariant()} to get a file in this shape)."));
        }
        if (records.Count - 1 > MaxImportRows)
            return Failed(kind, new ImportError(records[MaxImportRows + 1].Line, sheet.Columns[0], $"The file has more than {MaxImportRows} rows; split it into smaller files."));

        await using var db = await dbs.CreateDbContextAsync(ct);
        var workspace = await CmdbWorkspace.LoadAsync(db, ct);
        var rows = new List<ImportRow>();
        var errors = new List<ImportError>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var securityLine = (int?)null;
        var keyColumn = kind == CmdbKind.People ? 1 : 0;
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count > keyColumn && record.Fields[keyColumn].Trim() is { Length: > 0 } key && !keys.TryAdd(key, record.Line))
            {
                errors.Add(new ImportError(record.Line, sheet.Columns[keyColumn], $"\"{key}\" is also on line {keys[key]}; keep one row for each item."));
                continue;
            }
            if (kind == CmdbKind.SupportGroups && record.Fields.Count == sheet.Columns.Count && record.Fields[3].Trim().Equals(CmdbSheet.Yes, StringComparison.OrdinalIgnoreCase))
            {
                if (securityLine is { } first)
                {
                    errors.Add(new ImportError(record.Line, GroupSheet.Security, $"Line {first} already marks the security group; only one group can be it, so write no here."));
                    continue;
                }
                securityLine = record.Line;
            }
            var change = sheet.Apply(workspace, RowTarget.ByKey, record.Fields);
            if (change.Refused) errors.Add(new ImportError(record.Line, change.Column!, change.Problem!));
            else rows.Add(new ImportRow(record.Line, change.Effect, change.Subject, change.Change));
        }
        var applied = apply && errors.Count == 0 && rows.Any(r => r.Effect != RowEffect.Unchanged);
        if (applied)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await workspace.SaveAsync(by, clock.GetUtcNow(), ct);
            await transaction.CommitAsync(ct);
        }
        return new ImportPreview(kind, rows, errors, applied);
    }

    private static ImportPreview Failed(CmdbKind kind, ImportError error) => new(kind, [], [error], false);
}

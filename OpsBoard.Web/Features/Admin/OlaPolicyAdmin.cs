using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Admin;

/// <summary>
/// Lists and edits OLA policies: the defaults per priority (edited, never deleted) and per-group overrides. Each change
/// is checked by the domain, saved with its audit entry in one SaveChanges, and then read by the next clock that starts.
/// </summary>
public sealed class OlaPolicyAdmin(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore store, TimeProvider clock)
{
    public async Task<OlaPolicyList> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var groups = await db.SupportGroups.AsNoTracking().OrderBy(g => g.Line).ThenBy(g => g.Name)
            .Select(g => new GroupChoice(g.Id, g.Name, g.Line)).ToListAsync(ct);
        var calendars = await db.Calendars.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Name).ToListAsync(ct);
        var rows = await db.OlaPolicies.AsNoTracking().ToListAsync(ct);
        var names = groups.ToDictionary(g => g.Id, g => g.Name);
        var policies = rows
            .Select(r => new OlaPolicyView(r.Id, r.SupportGroupId is { } id ? names.GetValueOrDefault(id, $"Group {id}") : null, r.ToPolicy()))
            .OrderBy(p => p.IsDefault ? 0 : 1).ThenBy(p => p.GroupName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Policy.Priority)
            .ToList();
        return new OlaPolicyList(policies, calendars, groups);
    }

    /// <summary>Adds a group's own policy for one priority, in place of the default for that group.</summary>
    public async Task<AdminResult> CreateAsync(OlaPolicy policy, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problems = new Dictionary<string, string>(policy.Problems());
        string? groupName = null;
        if (policy.SupportGroupId is not { } groupId)
        {
            problems["supportGroupId"] = "Pick the group the override is for; the defaults for every group already exist, so edit those instead.";
        }
        else
        {
            groupName = await db.SupportGroups.Where(g => g.Id == groupId).Select(g => g.Name).SingleOrDefaultAsync(ct);
            if (groupName is null) problems["supportGroupId"] = $"There is no support group with id {groupId}; pick one from the list.";
        }
        if (!Enum.IsDefined(policy.Priority))
        {
            problems["priority"] = "Priority must be one of P1 to P5.";
        }
        else if (groupName is not null && await db.OlaPolicies.AnyAsync(p => p.SupportGroupId == policy.SupportGroupId && p.Priority == policy.Priority, ct))
        {
            problems["priority"] = $"{groupName} already has its own {policy.Priority} policy; edit that one instead.";
        }
        var calendar = await CheckRestAsync(db, policy, problems, ct);
        if (problems.Count > 0) return AdminResult.Invalid(problems);

        var saved = policy with { CalendarName = calendar! };
        var subject = OlaPolicyText.Subject(groupName, policy.Priority);
        var change = $"Added: {OlaPolicyText.Describe(saved)}";
        db.OlaPolicies.Add(OlaPolicyRow.From(saved));
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.OlaPolicy, subject, change));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone added the same override a moment ago: the unique index on group and priority refused this one.
            return AdminResult.Invalid(new Dictionary<string, string> { ["priority"] = $"{groupName} already has its own {policy.Priority} policy; reload and edit that one." });
        }
        store.Invalidate();
        return AdminResult.Done(subject, change);
    }

    /// <summary>Changes a policy's targets, calendar, thresholds and stop-clock reasons; its group and priority stay as they are.</summary>
    public async Task<AdminResult> UpdateAsync(int id, OlaPolicy policy, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.OlaPolicies.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (row is null) return AdminResult.NotFound("policy", $"There is no OLA policy {id}; it may have been deleted. Reload the page.");
        var problems = new Dictionary<string, string>(policy.Problems());
        if (policy.SupportGroupId != row.SupportGroupId || policy.Priority != row.Priority)
        {
            problems["priority"] = "A policy keeps its group and priority; add a group override for another group or priority instead.";
        }
        var calendar = await CheckRestAsync(db, policy, problems, ct);
        if (problems.Count > 0) return AdminResult.Invalid(problems);

        var before = row.ToPolicy();
        var after = policy with { CalendarName = calendar! };
        var subject = OlaPolicyText.Subject(await GroupNameAsync(db, row.SupportGroupId, ct), row.Priority);
        var change = OlaPolicyText.Changes(before, after);
        if (change.Length == 0) return AdminResult.Done(subject, null);

        var edited = OlaPolicyRow.From(after, row.Id);
        db.Entry(row).CurrentValues.SetValues(edited);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.OlaPolicy, subject, change));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(subject, change);
    }

    /// <summary>Removes a group's override, so the group falls back on the default; the defaults themselves cannot be deleted.</summary>
    public async Task<AdminResult> DeleteAsync(int id, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.OlaPolicies.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (row is null) return AdminResult.NotFound("policy", $"There is no OLA policy {id}; it may have been deleted already. Reload the page.");
        if (row.SupportGroupId is null)
        {
            return AdminResult.Refused("policy", $"The default {row.Priority} policy cannot be deleted: every group without its own falls back on it. Edit it instead.");
        }
        var subject = OlaPolicyText.Subject(await GroupNameAsync(db, row.SupportGroupId, ct), row.Priority);
        var change = $"Deleted: {OlaPolicyText.Describe(row.ToPolicy())}; the group now uses the default {row.Priority} policy";
        db.OlaPolicies.Remove(row);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.OlaPolicy, subject, change));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(subject, change);
    }

    /// <summary>Checks the calendar and stop-clock reasons; returns the calendar's stored name, so clocks find it exactly.</summary>
    private static async Task<string?> CheckRestAsync(OpsBoardDb db, OlaPolicy policy, Dictionary<string, string> problems, CancellationToken ct)
    {
        var calendars = await db.Calendars.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Name).ToListAsync(ct);
        var calendar = calendars.FirstOrDefault(c => string.Equals(c, policy.CalendarName?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (calendar is null)
        {
            problems["calendarName"] = string.IsNullOrWhiteSpace(policy.CalendarName)
                ? $"Pick the calendar the targets are measured on: {string.Join(" or ", calendars)}."
                : $"There is no calendar named '{policy.CalendarName}'; pick one of {string.Join(", ", calendars)}.";
        }
        if (policy.StopClockReasons is null || policy.StopClockReasons.Any(r => !Enum.IsDefined(r)))
        {
            problems["stopClockReasons"] = $"Pending reasons that stop the clock must be among {string.Join(", ", Enum.GetNames<PendingReason>())}.";
        }
        return calendar;
    }

    private static async Task<string?> GroupNameAsync(OpsBoardDb db, int? groupId, CancellationToken ct) =>
        groupId is { } id ? await db.SupportGroups.Where(g => g.Id == id).Select(g => g.Name).SingleOrDefaultAsync(ct) ?? $"Group {id}" : null;
}

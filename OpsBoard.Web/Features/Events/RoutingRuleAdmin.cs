using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Events;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Lists and edits the ordered routing rules. The domain checks each rule; each change is saved with its audit entry in one
/// SaveChanges, and then <see cref="RoutingRuleStore.Invalidate"/> makes the next event routed by the new rules.
/// </summary>
public sealed class RoutingRuleAdmin(IDbContextFactory<OpsBoardDb> dbs, RoutingRuleStore store, TimeProvider clock)
{
    public async Task<RoutingRuleList> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Events go straight to resolver groups: the SOC (line 1) is not offered, and the domain refuses it.
        var groups = await db.SupportGroups.AsNoTracking().Where(g => g.Line > 1).OrderBy(g => g.Line).ThenBy(g => g.Name)
            .Select(g => new GroupChoice(g.Id, g.Name, g.Line)).ToListAsync(ct);
        var rules = await db.RoutingRules.AsNoTracking().Include(r => r.Group).OrderBy(r => r.Order).ThenBy(r => r.Id).ToListAsync(ct);
        return new RoutingRuleList([.. rules.Select(RoutingRuleView.Of)], groups);
    }

    /// <summary>Adds a rule at the end of the list, so it is tried after every existing rule.</summary>
    public async Task<AdminResult> CreateAsync(RoutingRuleInput input, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var group = await GroupAsync(db, input.GroupId, ct);
        if (group is null) return UnknownGroup(input.GroupId);
        var last = await db.RoutingRules.MaxAsync(r => (int?)r.Order, ct) ?? 0;
        var result = RoutingRule.Create(last + 1, input.Name, input.Field, input.Pattern, group, input.IsRegex, input.LabelName, input.ReopenWindow, input.Enabled);
        if (!result.Succeeded) return Refusal(result.Outcome);
        var rule = result.Rule;
        var change = $"Added: {Describe(rule)}";
        db.RoutingRules.Add(rule);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.RoutingRule, Subject(rule), change));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(Subject(rule), change);
    }

    /// <summary>Changes what a rule matches and where it sends events; its place in the list stays.</summary>
    public async Task<AdminResult> UpdateAsync(int id, RoutingRuleInput input, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rule = await db.RoutingRules.Include(r => r.Group).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null) return Missing(id);
        var group = await GroupAsync(db, input.GroupId, ct);
        if (group is null) return UnknownGroup(input.GroupId);
        var before = Snapshot(rule);
        var subject = Subject(rule);
        var outcome = rule.Revise(input.Name, input.Field, input.Pattern, group, input.IsRegex, input.LabelName, input.ReopenWindow);
        if (!outcome.Succeeded) return Refusal(outcome);
        if (input.Enabled) rule.Enable();
        else rule.Disable();
        var after = Snapshot(rule);
        var change = new AuditChange()
            .Add("Name", before.Name, after.Name)
            .Add("Match", before.Match, after.Match)
            .Add("Group", before.Group, after.Group)
            .Add("Reopen window", before.Window, after.Window)
            .Add("Enabled", before.Enabled, after.Enabled);
        if (change.IsEmpty) return AdminResult.Done(subject, null);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.RoutingRule, subject, change.ToString()));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(subject, change.ToString());
    }

    /// <summary>Turns a rule on or off; a disabled rule stays in the list but routes nothing.</summary>
    public async Task<AdminResult> SetEnabledAsync(int id, bool enabled, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rule = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null) return Missing(id);
        if (rule.Enabled == enabled) return AdminResult.Done(Subject(rule), null);
        if (enabled) rule.Enable();
        else rule.Disable();
        var change = enabled ? "Enabled: events are matched against it again" : "Disabled: no event is matched against it";
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.RoutingRule, Subject(rule), change));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(Subject(rule), change);
    }

    /// <summary>
    /// Moves a rule one place up (earlier, tried sooner) or down. The list is numbered 1, 2, 3... again as it is saved, so
    /// the numbers people see are the places the rules are tried in.
    /// </summary>
    public async Task<AdminResult> MoveAsync(int id, RuleMove move, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rules = await db.RoutingRules.OrderBy(r => r.Order).ThenBy(r => r.Id).ToListAsync(ct);
        var index = rules.FindIndex(r => r.Id == id);
        if (index < 0) return Missing(id);
        var rule = rules[index];
        var target = move == RuleMove.Up ? index - 1 : index + 1;
        if (target < 0 || target >= rules.Count)
        {
            return AdminResult.Refused("order", move == RuleMove.Up ? $"{Subject(rule)} is already tried first." : $"{Subject(rule)} is already tried last.");
        }
        var from = rule.Order;
        (rules[index], rules[target]) = (rules[target], rules[index]);
        Renumber(rules);
        var change = new AuditChange().Add("Order", Number(from), Number(rule.Order));
        var other = rules[index];
        change.Note($"\"{other.Name}\" is now {Number(other.Order)}");
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.RoutingRule, Subject(rule), change.ToString()));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(Subject(rule), change.ToString());
    }

    /// <summary>Deletes the rule; those after it move up, so the rules stay numbered 1 to n as the page shows them.</summary>
    public async Task<AdminResult> DeleteAsync(int id, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rules = await db.RoutingRules.Include(r => r.Group).OrderBy(r => r.Order).ThenBy(r => r.Id).ToListAsync(ct);
        var rule = rules.SingleOrDefault(r => r.Id == id);
        if (rule is null) return Missing(id);
        var change = $"Deleted: {Describe(rule)}";
        db.RoutingRules.Remove(rule);
        rules.Remove(rule);
        Renumber(rules);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), by, AuditArea.RoutingRule, Subject(rule), change));
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return AdminResult.Done(Subject(rule), change);
    }

    private static void Renumber(List<RoutingRule> rules)
    {
        for (var i = 0; i < rules.Count; i++) rules[i].MoveTo(i + 1);
    }

    /// <summary>Which rule the intake would pick for these facts now, by the same router the intake uses.</summary>
    public async Task<RoutingTrial> TryAsync(EventFacts facts, CancellationToken ct = default)
    {
        var decision = (await store.GetAsync(ct)).Route(facts);
        return new RoutingTrial(decision.Rule?.Id, decision.Rule?.GroupId, decision.Describe());
    }

    private static async Task<Domain.Cmdb.SupportGroup?> GroupAsync(OpsBoardDb db, int groupId, CancellationToken ct) =>
        await db.SupportGroups.SingleOrDefaultAsync(g => g.Id == groupId, ct);

    private static AdminResult UnknownGroup(int groupId) => AdminResult.Invalid(new Dictionary<string, string>
    {
        ["group"] = groupId == 0 ? "Pick the 2nd or 3rd line group the events go to." : $"There is no support group with id {groupId}; pick one from the list.",
    });

    private static AdminResult Missing(int id) => AdminResult.NotFound("rule", $"There is no routing rule {id}; it may have been deleted. Reload the page.");

    private static AdminResult Refusal(Outcome outcome) =>
        AdminResult.Invalid(new Dictionary<string, string> { [outcome.Field ?? "rule"] = outcome.Reason! });

    private static string Subject(RoutingRule rule) => $"Routing rule \"{rule.Name}\"";

    private static string Number(int order) => order.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(RoutingRule rule) =>
        $"{rule.Describe()} -> {rule.Group?.Name}; reopen window {DurationText.Format(rule.ReopenWindow)}{(rule.Enabled ? "" : "; disabled")}";

    private static (string Name, string Match, string Group, string Window, string Enabled) Snapshot(RoutingRule rule) =>
        (rule.Name, RoutingRuleView.Of(rule).Match, rule.Group?.Name ?? string.Empty, DurationText.Format(rule.ReopenWindow), rule.Enabled ? "yes" : "no");
}

public enum RuleMove
{
    Up = 1,
    Down = 2,
}

/// <summary>What an administrator entered for a rule; the order is the list's business (new rules go last).</summary>
public sealed record RoutingRuleInput(
    string? Name, RoutingField Field, string? LabelName, string? Pattern, bool IsRegex, int GroupId, TimeSpan? ReopenWindow, bool Enabled = true);

/// <summary>A rule as listed: where it stands, what it matches, and where it sends events.</summary>
public sealed record RoutingRuleView(
    int Id, int Order, string Name, RoutingField Field, string? LabelName, string Pattern, bool IsRegex, int GroupId, string GroupName,
    TimeSpan ReopenWindow, bool Enabled)
{
    /// <summary>The field in words, e.g. "component" or "label team".</summary>
    public string FieldWords => Field == RoutingField.Label ? $"label {LabelName}" : Field.ToString().ToLowerInvariant();

    /// <summary>The match in words, e.g. "component matches spine-.*" or "source is spine-core-01".</summary>
    public string Match => $"{FieldWords} {(IsRegex ? "matches" : "is")} {Pattern}";

    public RoutingRuleInput ToInput() => new(Name, Field, LabelName, Pattern, IsRegex, GroupId, ReopenWindow, Enabled);

    public static RoutingRuleView Of(RoutingRule r) =>
        new(r.Id, r.Order, r.Name, r.Field, r.LabelName, r.Pattern, r.IsRegex, r.GroupId, r.Group?.Name ?? $"Group {r.GroupId}", r.ReopenWindow, r.Enabled);
}

public sealed record RoutingRuleList(IReadOnlyList<RoutingRuleView> Rules, IReadOnlyList<GroupChoice> Groups);

/// <summary>What routing would do with sample facts: the rule and its group, or none, in the words the record's history would use.</summary>
public sealed record RoutingTrial(int? RuleId, int? GroupId, string Description)
{
    public bool Matched => RuleId is not null;
}

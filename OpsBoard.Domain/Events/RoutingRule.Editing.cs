using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Events;

public sealed partial class RoutingRule
{
    /// <summary>
    /// Changes what the rule matches and where it sends events, with the same checks as <see cref="Create"/>; the rule keeps its
    /// order and whether it is enabled. A refusal leaves the rule as it was.
    /// </summary>
    public Outcome Revise(
        string? name, RoutingField field, string? pattern, SupportGroup group,
        bool isRegex = false, string? labelName = null, TimeSpan? reopenWindow = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        name = name?.Trim();
        pattern = pattern?.Trim();
        labelName = field == RoutingField.Label ? labelName?.Trim() : null;
        var window = reopenWindow ?? DefaultReopenWindow;
        var refusal = Check(Order, name, field, pattern, isRegex, labelName, group, window);
        if (!refusal.Succeeded) return refusal;
        Name = name!;
        Field = field;
        LabelName = labelName;
        Pattern = pattern!;
        IsRegex = isRegex;
        Group = group;
        GroupId = group.Id;
        ReopenWindow = window;
        // The compiled expression belonged to the old pattern.
        regex = null;
        return Outcome.Done;
    }

    /// <summary>Moves the rule to another place in the list; rule 1 is tried first.</summary>
    public Outcome MoveTo(int order)
    {
        if (order < 1) return Outcome.Refused("The order must be 1 or more: rule 1 is tried first.", "order");
        Order = order;
        return Outcome.Done;
    }

    /// <summary>The rule routes events again.</summary>
    public void Enable() => Enabled = true;

    /// <summary>The rule stays in the list but no event is matched against it.</summary>
    public void Disable() => Enabled = false;
}

using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Domain.Records;

public sealed partial class Record
{
    /// <summary>Passes the record to a group (and maybe a person in it). A move to another group counts a reassignment once the record has left the SOC's first hold.</summary>
    public Outcome AssignTo(SupportGroup group, Person? assignee, string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Assign);
        if (!check.Succeeded) return check;
        if (assignee is not null && !group.Members.Contains(assignee))
        {
            return Outcome.Refused($"{assignee.Name} is not a member of {group.Name}; pick someone from that group or assign to the group alone.", "assignee");
        }
        var groupChanges = !IsHeldBy(group);
        if (!groupChanges && IsAssignedTo(assignee) && Status != Status.New)
        {
            return Outcome.Refused($"The record is already assigned to {Describe(group, assignee)}.", "group");
        }
        if (groupChanges)
        {
            if (Status != Status.New) ReassignmentCount++;
            Write(by, now, AssignmentGroupField, AssignmentGroup?.Name, group.Name);
            AssignmentGroup = group;
            AssignmentGroupId = group.Id;
            SupportLine = group.Line;
        }
        if (!IsAssignedTo(assignee))
        {
            Write(by, now, "Assignee", Assignee?.Name, assignee?.Name);
            Assignee = assignee;
            AssigneeId = assignee?.Id;
        }
        if (groupChanges || Status == Status.New)
        {
            ClearPending(by, now);
            SetStatus(Status.Assigned, by, now);
        }
        return Outcome.Done;
    }

    /// <summary>The holding group takes the record on: its response is met.</summary>
    public Outcome Acknowledge(string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Acknowledge);
        if (!check.Succeeded) return check;
        AcknowledgedAt = now;
        SetStatus(Status.InProgress, by, now);
        return Outcome.Done;
    }

    /// <summary>Sets the record Pending; awaiting a change, it names the change (linking it, if it is not linked yet).</summary>
    public Outcome Pend(PendingReason reason, string by, DateTimeOffset now, Change? change = null)
    {
        var check = StatusMachine.Check(Status, RecordAction.Pend);
        if (!check.Succeeded) return check;
        if (!Enum.IsDefined(reason))
        {
            return Outcome.Refused("Pick why the record is pending: awaiting caller, awaiting supplier, awaiting change or awaiting problem.", "pendingReason");
        }
        var awaits = reason == Records.PendingReason.AwaitingChange ? CanAwait(change) : Outcome.Done;
        if (!awaits.Succeeded) return awaits;
        SetStatus(Status.Pending, by, now);
        Write(by, now, "Pending reason", null, reason.ToString());
        PendingReason = reason;
        if (reason == Records.PendingReason.AwaitingChange) AwaitChange(change!, by, now);
        return Outcome.Done;
    }

    public Outcome Resume(string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Resume);
        if (!check.Succeeded) return check;
        ClearPending(by, now);
        SetStatus(Status.InProgress, by, now);
        return Outcome.Done;
    }

    public Outcome Resolve(ResolutionCode code, string? note, string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Resolve);
        if (!check.Succeeded) return check;
        if (!Enum.IsDefined(code)) return Outcome.Refused("Pick a resolution code.", "resolutionCode");
        var text = RequireText(note, "note", "a resolution note that says what was done");
        if (!text.Succeeded) return text;
        SetResolved(code, note!, by, now);
        return Outcome.Done;
    }

    private void SetResolved(ResolutionCode code, string note, string by, DateTimeOffset now)
    {
        ClearPending(by, now);
        SetStatus(Status.Resolved, by, now);
        Write(by, now, "Resolution code", ResolutionCode?.ToString(), code.ToString());
        Write(by, now, "Resolution note", ResolutionNote, note);
        ResolutionCode = code;
        ResolutionNote = note;
        ResolvedAt = now;
    }

    /// <summary>The fix did not hold: back to In progress with the same group, counting a reopen.</summary>
    public Outcome Reopen(string? reason, string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Reopen);
        if (!check.Succeeded) return check;
        var text = RequireText(reason, "note", "why the record is being reopened");
        if (!text.Succeeded) return text;
        ReopenCount++;
        SetStatus(Status.InProgress, by, now);
        Write(by, now, "Reopened", null, reason);
        ResolvedAt = null;
        return Outcome.Done;
    }

    public Outcome Close(string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Close);
        if (!check.Succeeded) return check;
        SetStatus(Status.Closed, by, now);
        ClosedAt = now;
        return Outcome.Done;
    }

    public Outcome Cancel(string? reason, string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.Cancel);
        if (!check.Succeeded) return check;
        var text = RequireText(reason, "note", "why the record is being cancelled");
        if (!text.Succeeded) return text;
        ClearPending(by, now);
        SetStatus(Status.Cancelled, by, now);
        Write(by, now, "Cancellation reason", null, reason);
        ClosedAt = now;
        return Outcome.Done;
    }

    public Outcome AddNote(string? note, string by, DateTimeOffset now)
    {
        var text = RequireText(note, "note", "the note");
        if (!text.Succeeded) return text;
        Write(by, now, "Note", null, note);
        return Outcome.Done;
    }

    /// <summary>
    /// New impact or urgency (the priority follows the matrix again, ending any manual override), and maybe a new category.
    /// Reclassified with the category Security, the record becomes a security incident for good.
    /// </summary>
    public Outcome Reclassify(Impact impact, Urgency urgency, PriorityMatrix matrix, string by, DateTimeOffset now, string? category = null)
    {
        var check = StatusMachine.Check(Status, RecordAction.Reclassify);
        if (!check.Succeeded) return check;
        if (!Enum.IsDefined(impact)) return Outcome.Refused("Impact must be High, Medium or Low.", "impact");
        if (!Enum.IsDefined(urgency)) return Outcome.Refused("Urgency must be High, Medium or Low.", "urgency");
        var asked = !string.IsNullOrWhiteSpace(category);
        category = asked ? category!.Trim() : Category;
        if (asked && !Categories.For(Kind).Contains(category))
        {
            return Outcome.Refused($"'{category}' is not a category for this kind of record; pick one of: {string.Join(", ", Categories.For(Kind))}.", "category");
        }
        var rated = impact != Impact || urgency != Urgency;
        if (!rated && category == Category) return Outcome.Refused(asked ? "Impact, urgency and category are unchanged." : "Impact and urgency are unchanged.", "impact");
        if (category != Category) Write(by, now, "Category", Category, category);
        if (impact != Impact) Write(by, now, "Impact", Impact.ToString(), impact.ToString());
        if (urgency != Urgency) Write(by, now, "Urgency", Urgency.ToString(), urgency.ToString());
        Category = category;
        Impact = impact;
        Urgency = urgency;
        // A new category alone leaves the priority, overridden or not, as it was.
        if (rated) SetPriority(matrix.For(impact, urgency), overridden: false, by, now);
        if (IsSecurityCategory(category)) FlagSecurityIncident("reclassified with the category Security", by, now);
        return Outcome.Done;
    }

    public Outcome OverridePriority(Priority priority, string? reason, string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.OverridePriority);
        if (!check.Succeeded) return check;
        if (!Enum.IsDefined(priority)) return Outcome.Refused("Priority must be P1 to P5.", "priority");
        var text = RequireText(reason, "reason", "why the priority differs from the impact and urgency matrix");
        if (!text.Succeeded) return text;
        if (priority == Priority) return Outcome.Refused($"The priority is already {priority}.", "priority");
        Write(by, now, "Priority override reason", null, reason);
        SetPriority(priority, overridden: true, by, now);
        return Outcome.Done;
    }

    private void SetPriority(Priority priority, bool overridden, string by, DateTimeOffset now)
    {
        if (priority != Priority) Write(by, now, "Priority", Priority.ToString(), priority.ToString());
        Priority = priority;
        PriorityOverridden = overridden;
    }

    private void ClearPending(string by, DateTimeOffset now)
    {
        if (PendingReason is null) return;
        Write(by, now, "Pending reason", PendingReason.ToString(), null);
        PendingReason = null;
        StopAwaitingChange(by, now);
    }

    // Entities compare by reference before they are saved (Id 0) and by id once they are.
    private bool IsHeldBy(SupportGroup group) =>
        ReferenceEquals(group, AssignmentGroup) || group.Id != 0 && group.Id == AssignmentGroupId;

    private bool IsAssignedTo(Person? person) =>
        ReferenceEquals(person, Assignee) || person is not null && person.Id != 0 && person.Id == AssigneeId;

    private static string Describe(SupportGroup group, Person? assignee) =>
        assignee is null ? group.Name : $"{assignee.Name} in {group.Name}";
}

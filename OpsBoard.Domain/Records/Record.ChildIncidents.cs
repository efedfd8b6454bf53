namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md's child incidents: records of the same outage linked to the major incident that runs it. Both records'
/// histories say so; a child belongs to one major incident at a time.
/// </summary>
public sealed partial class Record
{
    public const string ParentField = "Major incident";
    public const string ChildField = "Child incident";

    public long? ParentMajorIncidentId { get; private set; }

    public Record? ParentMajorIncident { get; private set; }

    /// <summary>Links <paramref name="child"/> to this major incident; refused, changing neither, when it cannot be one of its children.</summary>
    public Outcome LinkChild(Record child, string by, DateTimeOffset now)
    {
        if (CanTakeChild(child) is { Succeeded: false } refused) return refused;
        child.ParentMajorIncident = this;
        child.ParentMajorIncidentId = Id == 0 ? null : Id;
        child.Write(by, now, ParentField, null, $"Child of {Number}");
        Write(by, now, ChildField, null, $"{child.Number} linked");
        return Outcome.Done;
    }

    /// <summary>Unlinks <paramref name="child"/> from this major incident: it was not part of the same outage after all.</summary>
    public Outcome UnlinkChild(Record child, string? note, string by, DateTimeOffset now)
    {
        if (!IsChild(child)) return Outcome.Refused($"{child.Number} is not a child incident of {Number}.", "child");
        if (note is { Length: > RecordDetails.MaxTextLength }) return Outcome.Refused($"The note is {note.Length:N0} characters; the most is {RecordDetails.MaxTextLength:N0}.", "note");
        var why = string.IsNullOrWhiteSpace(note) ? null : $": {note.Trim()}";
        child.ParentMajorIncident = null;
        child.ParentMajorIncidentId = null;
        child.Write(by, now, ParentField, $"Child of {Number}", $"Unlinked{why}");
        Write(by, now, ChildField, $"{child.Number} linked", $"{child.Number} unlinked{why}");
        return Outcome.Done;
    }

    /// <summary>
    /// Resolves this open child incident with its resolved major incident's resolution code and note. A child the SOC has
    /// not yet passed on, or a group has not yet acknowledged, is resolved too: the outage it reported is over.
    /// </summary>
    public Outcome ResolveWithParent(Record parent, string by, DateTimeOffset now)
    {
        if (!IsChild(parent, this)) return Outcome.Refused($"{Number} is not a child incident of {parent.Number}.", "child");
        if (parent.Status != Status.Resolved || parent.ResolutionCode is not { } code)
        {
            return Outcome.Refused($"{parent.Number} is {StatusMachine.Describe(parent.Status)}; its children are resolved with it once it is Resolved.", "parent");
        }
        if (!IsOpen) return Outcome.Refused($"{Number} is already {StatusMachine.Describe(Status)}.", "child");
        var note = $"Resolved with major incident {parent.Number}: {parent.ResolutionNote}";
        if (note.Length > RecordDetails.MaxTextLength) note = note[..RecordDetails.MaxTextLength];
        SetResolved(code, note, by, now);
        return Outcome.Done;
    }

    /// <summary>Whether <paramref name="child"/> may be linked to this major incident, with the reason when it may not.</summary>
    public Outcome CanTakeChild(Record child)
    {
        if (!IsOpenMajorIncident)
        {
            return Outcome.Refused(IsMajorIncident
                ? $"{Number} is {StatusMachine.Describe(Status)}; child incidents are linked to an open major incident."
                : $"{Number} is not a major incident; declare it one first.", "parent");
        }
        if (ReferenceEquals(child, this) || (Id != 0 && child.Id == Id)) return Outcome.Refused($"{Number} cannot be a child of itself.", "child");
        if (child.Kind == RecordKind.ServiceRequest)
        {
            return Outcome.Refused($"{child.Number} is a service request; only incidents and events can be children of a major incident.", "child");
        }
        if (child.IsMajorIncident) return Outcome.Refused($"{child.Number} is a major incident itself; a major incident cannot be another's child.", "child");
        if (IsChild(child)) return Outcome.Refused($"{child.Number} is already a child incident of {Number}.", "child");
        if (child.ParentMajorIncidentId is not null || child.ParentMajorIncident is not null)
        {
            var other = child.ParentMajorIncident?.Number ?? "another major incident";
            return Outcome.Refused($"{child.Number} is already a child incident of {other}; unlink it there first.", "child");
        }
        if (child.Status is Status.Closed or Status.Cancelled)
        {
            return Outcome.Refused($"{child.Number} is {StatusMachine.Describe(child.Status)}; only open or resolved records can be linked.", "child");
        }
        return Outcome.Done;
    }

    private bool IsChild(Record child) => IsChild(this, child);

    private static bool IsChild(Record parent, Record child) =>
        ReferenceEquals(child.ParentMajorIncident, parent) || (parent.Id != 0 && child.ParentMajorIncidentId == parent.Id);
}

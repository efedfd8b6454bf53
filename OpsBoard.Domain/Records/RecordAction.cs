namespace OpsBoard.Domain.Records;

/// <summary>What a person may do to a record; the status machine says which apply in each status.</summary>
public enum RecordAction
{
    Assign = 1,
    Acknowledge = 2,
    Pend = 3,
    Resume = 4,
    Resolve = 5,
    Reopen = 6,
    Cancel = 7,
    Close = 8,
    AddNote = 9,
    Reclassify = 10,
    OverridePriority = 11,
    DeclareMajorIncident = 12,

    // Links (Record.Links.cs): allowed in any status, so not in the status machine's table.
    LinkProblem = 13,
    UnlinkProblem = 14,
    LinkChange = 15,
    UnlinkChange = 16,
}

namespace OpsBoard.Domain.Records;

/// <summary>The three kinds of record the operations centre works, each with its own number series.</summary>
public enum RecordKind
{
    Incident = 1,
    ServiceRequest = 2,
    Event = 3,
}

namespace OpsBoard.Domain.Ola;

public enum OlaTargetKind
{
    /// <summary>From assignment to a group until that group acknowledges.</summary>
    Response = 1,

    /// <summary>From assignment to a group until the record is resolved or passed on.</summary>
    Resolution = 2,

    /// <summary>The record's end-to-end resolution target for its priority (the service target).</summary>
    RecordResolution = 3,

    /// <summary>A major incident's next update, due a set time after the last one (every 30 minutes by default).</summary>
    MajorIncidentUpdate = 4,
}

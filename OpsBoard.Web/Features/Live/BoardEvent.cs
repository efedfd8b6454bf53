using System.Text.Json.Serialization;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Live;

/// <summary>What kind of committed change a <see cref="BoardEvent"/> tells of.</summary>
public enum BoardEventType
{
    RecordCreated,
    RecordChanged,
    ClockStateChanged,
    AlertRaised,
    AlertAcknowledged,
    MajorIncidentChanged,

    /// <summary>A proposed major incident was raised, grew, or was accepted or dismissed; Number is one of its incidents.</summary>
    ProposalChanged,
    /// <summary>A problem (PRB) changed status; pages showing a record linked to it read again. No board follows it.</summary>
    ProblemChanged,

    /// <summary>A change (CHG) changed status or window; pages showing a record linked to it read again. No board follows it.</summary>
    ChangeChanged,
}

/// <summary>
/// One committed change, published once after its commit: small, so boards decide from it whether to read again.
/// <see cref="GroupId"/> is the group holding the record after the change and <see cref="PreviousGroupId"/> the group
/// that held it before, when the change passed it on, so a board of either group hears of it.
/// <see cref="State"/> and <see cref="Clock"/> tell a clock's new jeopardy state (ClockStateChanged, AlertRaised).
/// <see cref="Restricted"/>: the record is a security incident, so only those who may see one hear of it (the hub relay and
/// live components ask <c>SecurityIncidents.CanSee</c>); it is never sent to clients.
/// </summary>
public sealed record BoardEvent(
    BoardEventType Type,
    string Number,
    DateTimeOffset At,
    RecordKind Kind,
    int GroupId,
    int? PreviousGroupId,
    int ServiceId,
    Priority Priority,
    Status Status,
    JeopardyState? State = null,
    OlaTargetKind? Clock = null,
    [property: JsonIgnore] bool Restricted = false)
{
    public static BoardEvent Of(BoardEventType type, Record record, DateTimeOffset at, int? previousGroupId = null) =>
        new(type, record.Number, at, record.Kind, record.AssignmentGroupId, previousGroupId == record.AssignmentGroupId ? null : previousGroupId,
            record.ServiceId, record.Priority, record.Status, Restricted: record.IsSecurityIncident);

    /// <summary>A problem's or change's committed change: only its number and type mean anything (seed 2.5).</summary>
    public static BoardEvent OfLinked(BoardEventType type, string number, DateTimeOffset at) =>
        new(type, number, at, default, 0, null, 0, default, default);

    /// <summary>The event for a clock's change of state, and for the alert it raises.</summary>
    public BoardEvent For(BoardEventType type, ClockChange change) => this with { Type = type, State = change.To, Clock = change.Clock.Kind };
}

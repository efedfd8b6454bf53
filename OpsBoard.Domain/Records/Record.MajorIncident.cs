using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md's major incidents: a service manager declares a record one, naming the major incident manager who runs it.
/// It shows on every wall screen until it is resolved (or cancelled); a declaration stays on the record for good.
/// </summary>
public sealed partial class Record
{
    public const string MajorIncidentField = "Major incident";

    public DateTimeOffset? MajorIncidentDeclaredAt { get; private set; }

    public int? MajorIncidentManagerId { get; private set; }

    public Person? MajorIncidentManager { get; private set; }

    public bool IsMajorIncident => MajorIncidentDeclaredAt is not null;

    /// <summary>A major incident still being worked: every wall screen shows its banner.</summary>
    public bool IsOpenMajorIncident => IsMajorIncident && IsOpen;

    public Outcome DeclareMajorIncident(Person manager, string? note, string by, DateTimeOffset now)
    {
        var check = StatusMachine.Check(Status, RecordAction.DeclareMajorIncident);
        if (!check.Succeeded) return check;
        if (IsMajorIncident)
        {
            return Outcome.Refused($"{Number} is already a major incident, run by {MajorIncidentManager?.Name ?? "its major incident manager"}.", "action");
        }
        if (note is { Length: > RecordDetails.MaxTextLength })
        {
            return Outcome.Refused($"The note is {note.Length:N0} characters; the most is {RecordDetails.MaxTextLength:N0}.", "note");
        }
        MajorIncidentDeclaredAt = now;
        MajorIncidentManager = manager;
        MajorIncidentManagerId = manager.Id;
        var declared = $"Declared; major incident manager {manager.Name}";
        Write(by, now, MajorIncidentField, null, string.IsNullOrWhiteSpace(note) ? declared : $"{declared}: {note.Trim()}");
        return Outcome.Done;
    }
}

using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md's major incidents: a service manager declares a record one, naming the major incident manager who runs it.
/// It shows on every wall screen until it is resolved (or cancelled); a declaration stays on the record for good.
/// </summary>
public sealed partial class Record
{
    public const string MajorIncidentField = "Major incident";
    public const string UpdateField = "Major incident update";
    public const string UpdateIntervalField = "Updates due";

    /// <summary>PROCESS.md: an update is due every 30 minutes unless the declaration says otherwise.</summary>
    public static readonly TimeSpan DefaultUpdateInterval = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan ShortestUpdateInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan LongestUpdateInterval = TimeSpan.FromHours(4);

    public DateTimeOffset? MajorIncidentDeclaredAt { get; private set; }

    public int? MajorIncidentManagerId { get; private set; }

    public Person? MajorIncidentManager { get; private set; }

    /// <summary>How often the major incident manager must post an update; the update-due clock runs for this long.</summary>
    public TimeSpan? MajorIncidentUpdateEvery { get; private set; }

    /// <summary>When the last update was posted (the declaration counts as the first); the update-due clock starts here.</summary>
    public DateTimeOffset? LastMajorIncidentUpdateAt { get; private set; }

    public bool IsMajorIncident => MajorIncidentDeclaredAt is not null;

    /// <summary>A major incident still being worked: every wall screen shows its banner.</summary>
    public bool IsOpenMajorIncident => IsMajorIncident && IsOpen;

    public Outcome DeclareMajorIncident(Person manager, TimeSpan updateEvery, string? note, string by, DateTimeOffset now)
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
        if (ParentMajorIncidentId is not null || ParentMajorIncident is not null)
        {
            return Outcome.Refused($"{Number} is a child incident of {ParentMajorIncident?.Number ?? "a major incident"}; unlink it there before declaring it a major incident of its own.", "action");
        }
        if (UpdateIntervalProblem(updateEvery) is { } problem) return Outcome.Refused(problem, "updateEveryMinutes");
        MajorIncidentDeclaredAt = now;
        MajorIncidentUpdateEvery = updateEvery;
        LastMajorIncidentUpdateAt = now;
        MajorIncidentManager = manager;
        MajorIncidentManagerId = manager.Id;
        var declared = $"Declared; major incident manager {manager.Name}; updates due every {Minutes(updateEvery)}";
        Write(by, now, MajorIncidentField, null, string.IsNullOrWhiteSpace(note) ? declared : $"{declared}: {note.Trim()}");
        return Outcome.Done;
    }

    /// <summary>
    /// Posts an update to the major incident's timeline: what is known, what is being done, when the next update comes.
    /// It meets the update-due clock, and the next one starts now.
    /// </summary>
    public Outcome PostMajorIncidentUpdate(string? text, string by, DateTimeOffset now)
    {
        if (!IsOpenMajorIncident)
        {
            return Outcome.Refused(IsMajorIncident
                ? $"{Number} is {StatusMachine.Describe(Status)}; updates are posted while a major incident is open. Add a note instead."
                : $"{Number} is not a major incident; add a note instead.", "action");
        }
        var check = RequireText(text, "update", "the update: what is known, what is being done and by whom");
        if (!check.Succeeded) return check;
        LastMajorIncidentUpdateAt = now;
        Write(by, now, UpdateField, null, text!.Trim());
        return Outcome.Done;
    }

    /// <summary>Changes how often updates are due, from the next one on; the running clock keeps its target.</summary>
    public Outcome ChangeUpdateInterval(TimeSpan every, string by, DateTimeOffset now)
    {
        if (!IsOpenMajorIncident) return Outcome.Refused($"{Number} is not an open major incident.", "action");
        if (UpdateIntervalProblem(every) is { } problem) return Outcome.Refused(problem, "updateEveryMinutes");
        if (every == MajorIncidentUpdateEvery) return Outcome.Refused($"Updates are already due every {Minutes(every)}.", "updateEveryMinutes");
        Write(by, now, UpdateIntervalField, MajorIncidentUpdateEvery is { } was ? $"every {Minutes(was)}" : null, $"every {Minutes(every)}");
        MajorIncidentUpdateEvery = every;
        return Outcome.Done;
    }

    public static string? UpdateIntervalProblem(TimeSpan every) =>
        every < ShortestUpdateInterval || every > LongestUpdateInterval
            ? $"Updates are due every {Minutes(ShortestUpdateInterval)} at the most often and every {Minutes(LongestUpdateInterval)} at the least; {Minutes(every)} is outside that."
            : null;

    private static string Minutes(TimeSpan span) => $"{(int)span.TotalMinutes} minutes";
}

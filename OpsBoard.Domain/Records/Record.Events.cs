namespace OpsBoard.Domain.Records;

/// <summary>
/// What monitoring does to an EVT record through the event intake: fires the same alert again (a repeat, keeping the
/// latest summary), acknowledges it (the record's own Acknowledge), clears it, and fires it again soon after a clear (Reopen).
/// </summary>
public sealed partial class Record
{
    public const string EventRepeatField = "Event repeated";

    /// <summary>The source fired the alert again while this EVT is open: the history shows each repeat; the title follows the latest summary.</summary>
    public Outcome RepeatEvent(int repeat, string summary, string by, DateTimeOffset now)
    {
        if (Kind != RecordKind.Event) return Outcome.Refused($"{Number} is not an event record; only events repeat.", "kind");
        if (!IsOpen) return Outcome.Refused($"{Number} is {StatusMachine.Describe(Status)}; a repeat needs an open event.", "status");
        var title = RecordDetails.TitleFrom(summary);
        Write(by, now, EventRepeatField, null, $"Repeat {repeat}: {title}");
        if (title != Title)
        {
            Write(by, now, "Title", Title, title);
            Title = title;
        }
        return Outcome.Done;
    }

    /// <summary>The source says the alert has cleared: Resolved, "cleared by source", from any open status.</summary>
    public Outcome ClearBySource(string by, DateTimeOffset now)
    {
        if (!IsOpen) return Outcome.Refused($"{Number} is already {StatusMachine.Describe(Status)}.", "status");
        ClearPending(by, now);
        SetStatus(Status.Resolved, by, now);
        Write(by, now, "Resolution code", ResolutionCode?.ToString(), Records.ResolutionCode.ClearedBySource.ToString());
        Write(by, now, "Resolution note", ResolutionNote, ClearedBySourceNote);
        ResolutionCode = Records.ResolutionCode.ClearedBySource;
        ResolutionNote = ClearedBySourceNote;
        ResolvedAt = now;
        return Outcome.Done;
    }

    public const string ClearedBySourceNote = "Cleared by source";
}

namespace OpsBoard.Domain.Records;

/// <summary>The result of asking a record to change: done, or refused with the field at fault and a reason a person can act on.</summary>
public readonly record struct Outcome(string? Field, string? Reason)
{
    public static Outcome Done => default;

    public bool Succeeded => Reason is null;

    public static Outcome Refused(string reason, string? field = null) => new(field, reason);
}

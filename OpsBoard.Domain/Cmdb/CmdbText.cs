using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Cmdb;

/// <summary>The checks every CMDB edit shares: a name that is there, short enough, and not taken by another item of its kind.</summary>
public static class CmdbText
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 200;

    /// <summary>Refuses an empty or too long value; <paramref name="what"/> says what to enter, e.g. "the service's name".</summary>
    public static Outcome Required(string? value, string field, string what, int maxLength = MaxNameLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return Outcome.Refused($"Enter {what}.", field);
        return value.Trim().Length > maxLength
            ? Outcome.Refused($"{Capital(what)} must be at most {maxLength} characters; shorten it.", field)
            : Outcome.Done;
    }

    /// <summary>Refuses a name another item of the same kind already has (compared without case or surrounding spaces).</summary>
    public static Outcome Unique(string name, IEnumerable<string> takenByOthers, string field, string kind) =>
        takenByOthers.Any(t => string.Equals(t.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            ? Outcome.Refused($"There is already a {kind} called \"{name.Trim()}\"; choose another name or edit that one.", field)
            : Outcome.Done;

    public static Outcome Optional(string? value, string field, string what, int maxLength = MaxTextLength) =>
        value is not null && value.Trim().Length > maxLength
            ? Outcome.Refused($"{Capital(what)} must be at most {maxLength} characters; shorten it.", field)
            : Outcome.Done;

    /// <summary>The first refusal of several checks, or done.</summary>
    public static Outcome First(params Outcome[] checks) => checks.FirstOrDefault(c => !c.Succeeded);

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

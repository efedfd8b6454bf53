using OpsBoard.Domain.Calendars;

namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md: a Resolved record closes by itself after a number of business days (default 3) with no reopen.
/// Business days are the days the calendar works: weekends and bank holidays do not count.
/// </summary>
public sealed class AutoClose
{
    public const int DefaultBusinessDays = 3;

    public const string By = "Auto-close";

    public AutoClose(int businessDays, BusinessCalendar calendar)
    {
        if (Problem(businessDays) is { } problem) throw new ArgumentOutOfRangeException(nameof(businessDays), businessDays, problem);
        BusinessDays = businessDays;
        Calendar = calendar;
    }

    public int BusinessDays { get; }

    public BusinessCalendar Calendar { get; }

    public static string? Problem(int businessDays) =>
        businessDays < 1 ? "Resolved records need at least 1 business day before they close by themselves, so a caller can say the fix did not work." : null;

    /// <summary>When a record resolved at <paramref name="resolvedAt"/> closes, unless it is reopened first.</summary>
    public DateTimeOffset ClosesAt(DateTimeOffset resolvedAt) => Calendar.AddWorkingDays(resolvedAt, BusinessDays);

    /// <summary>Nothing resolved after this instant can be due yet: a business day is never shorter than a calendar day.</summary>
    public DateTimeOffset ResolvedNoLaterThan(DateTimeOffset now) => now.AddDays(-BusinessDays);
}

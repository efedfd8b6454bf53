using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

/// <summary>The outcome of an admin change: what changed (for the snackbar and the audit log), or why nothing did, field by field.</summary>
public sealed record AdminResult(string? Subject, ChangeFailure Failure, IReadOnlyDictionary<string, string> Problems, string? Change = null)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public bool Succeeded => Failure == ChangeFailure.None;

    /// <summary>Saved, but it was the same as before: nothing was written and nothing audited.</summary>
    public bool Unchanged => Succeeded && Change is null;

    public string Message => string.Join(" ", Problems.Values);

    public static AdminResult Done(string subject, string? change) => new(subject, ChangeFailure.None, None, change);

    public static AdminResult Invalid(IReadOnlyDictionary<string, string> problems) => new(null, ChangeFailure.Invalid, problems);

    public static AdminResult NotFound(string field, string message) =>
        new(null, ChangeFailure.NotFound, new Dictionary<string, string> { [field] = message });

    public static AdminResult Refused(string field, string reason) =>
        new(null, ChangeFailure.Refused, new Dictionary<string, string> { [field] = reason });
}

/// <summary>A stored policy as the admin screen lists it; a policy without a group is the default for every group.</summary>
public sealed record OlaPolicyView(int Id, string? GroupName, OlaPolicy Policy)
{
    public bool IsDefault => Policy.SupportGroupId is null;

    public string Subject => OlaPolicyText.Subject(GroupName, Policy.Priority);
}

public sealed record GroupChoice(int Id, string Name, int Line);

public sealed record OlaPolicyList(IReadOnlyList<OlaPolicyView> Policies, IReadOnlyList<string> Calendars, IReadOnlyList<GroupChoice> Groups)
{
    /// <summary>The policy a group works to for a priority today: its own override, else the default.</summary>
    public OlaPolicyView? InForce(int? groupId, Priority priority) =>
        Policies.FirstOrDefault(p => p.Policy.SupportGroupId == groupId && groupId is not null && p.Policy.Priority == priority)
        ?? Policies.FirstOrDefault(p => p.IsDefault && p.Policy.Priority == priority);
}

/// <summary>A calendar with every version of its rules, oldest first, and today's date in its time zone.</summary>
public sealed record CalendarView(int Id, string Name, string TimeZoneId, bool IsTwentyFourSeven, IReadOnlyList<CalendarVersion> Versions, DateOnly Today)
{
    public CalendarVersion? InForceOn(DateOnly day) => CalendarVersions.InForceOn(Versions, day);
}

public sealed record AuditQuery(string? Area = null, string? Text = null, int Page = 0, int PageSize = 25);

public sealed record AuditRow(long Id, DateTimeOffset At, string By, string Area, string Subject, string Change);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Recording;

/// <summary>What the SOC form and POST /api/records send to open a record.</summary>
public sealed record NewRecordRequest
{
    public RecordKind Kind { get; init; } = RecordKind.Incident;
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Caller { get; init; }
    public Channel Channel { get; init; } = Channel.Phone;
    public int ServiceId { get; init; }
    public int? ConfigurationItemId { get; init; }
    public string? Category { get; init; }
    public Impact Impact { get; init; } = Impact.Medium;
    public Urgency Urgency { get; init; } = Urgency.Medium;

    /// <summary>Optional: pass the record straight on from the SOC to this group.</summary>
    public int? AssignmentGroupId { get; init; }
    public int? AssigneeId { get; init; }

    /// <summary>The SOC fixed it while the caller was on the line.</summary>
    public bool ResolveAtFirstContact { get; init; }
    public ResolutionCode? ResolutionCode { get; init; }
    public string? ResolutionNote { get; init; }

    /// <summary>Record it as a security incident, visible only to security analysts and administrators (the category Security makes it one too).</summary>
    public bool SecurityIncident { get; init; }
}

/// <summary>One action on a record, from the detail page or POST /api/records/{number}/actions; each action reads only the fields it needs.</summary>
public sealed record RecordActionRequest
{
    public RecordAction Action { get; init; }
    public int? GroupId { get; init; }
    public int? AssigneeId { get; init; }
    public PendingReason? PendingReason { get; init; }
    public ResolutionCode? ResolutionCode { get; init; }
    public string? Note { get; init; }
    public Impact? Impact { get; init; }
    public Urgency? Urgency { get; init; }
    public Priority? Priority { get; init; }

    /// <summary>Reclassify: a new category (Security makes the record a security incident for good).</summary>
    public string? Category { get; init; }

    /// <summary>DeclareMajorIncident: the person who runs the major incident.</summary>
    public int? ManagerId { get; init; }

    /// <summary>DeclareMajorIncident: how often an update is due, in minutes (30 when not given).</summary>
    public int? UpdateEveryMinutes { get; init; }
    /// <summary>LinkProblem: the problem (PRB) to link the record to.</summary>
    public string? ProblemNumber { get; init; }

    /// <summary>LinkChange, UnlinkChange, and Pend AwaitingChange: the change (CHG); pending on a change not yet linked links it.</summary>
    public string? ChangeNumber { get; init; }
}

public enum ChangeFailure
{
    None,
    Invalid,
    NotFound,
    Refused,
}

/// <summary>The outcome of a change: the record's number, or why nothing changed, field by field.</summary>
public sealed record ChangeResult(string? Number, ChangeFailure Failure, IReadOnlyDictionary<string, string> Problems)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public bool Succeeded => Failure == ChangeFailure.None;

    public string Message => string.Join(" ", Problems.Values);

    public static ChangeResult Done(string number) => new(number, ChangeFailure.None, None);

    public static ChangeResult Invalid(IReadOnlyDictionary<string, string> problems) => new(null, ChangeFailure.Invalid, problems);

    public static ChangeResult NotFound(string number) =>
        new(number, ChangeFailure.NotFound, new Dictionary<string, string> { ["number"] = $"There is no record {number}; check the number." });

    public static ChangeResult Refused(string number, Outcome outcome) =>
        new(number, ChangeFailure.Refused, new Dictionary<string, string> { [outcome.Field ?? "action"] = outcome.Reason ?? "Refused." });
}

using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>
/// A major incident as its page shows it: who runs it, its update-due clock (the state the sweep stored), its timeline
/// and its children. <see cref="UpdateDue"/> is null once it is resolved.
/// </summary>
public sealed record MajorIncidentDetail(
    string Number,
    string Title,
    string Service,
    Status Status,
    Priority Priority,
    DateTimeOffset DeclaredAt,
    int ManagerId,
    string Manager,
    TimeSpan UpdateEvery,
    DateTimeOffset? LastUpdateAt,
    UpdateDue? UpdateDue,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ChildIncident> Children,
    ProblemLink? Problem = null);

/// <summary>When the next update is due and the jeopardy state the sweep stored for that clock.</summary>
public sealed record UpdateDue(DateTimeOffset Due, JeopardyState State);

/// <summary>One moment of a major incident: declared, an update, a child linked, a change of status, the update clock's state.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string By, string What, string? Text);

public sealed record ChildIncident(string Number, RecordKind Kind, string Title, Status Status, Priority Priority, string Group, DateTimeOffset OpenedAt);

/// <summary>An open major incident, for the banner every page and wall screen shows.</summary>
public sealed record OpenMajorIncident(string Number, string Title, string Service, string Manager, DateTimeOffset DeclaredAt, UpdateDue? UpdateDue, int Children);

/// <summary>What the record page shows about major incidents: the one the record is, or the one it is a child of.</summary>
public sealed record MajorIncidentLinks(MajorIncidentDetail? Detail, ParentMajorIncident? Parent);

public sealed record ParentMajorIncident(string Number, string Title, Status Status);

/// <summary>The major incident resolved (or why not), how many of its children were resolved with it, and why none were, if so.</summary>
public sealed record MajorIncidentResolution(ChangeResult Result, int ChildrenResolved, string? ChildrenRefusal);

public sealed record PostUpdateRequest(string? Text);

public sealed record UpdateIntervalRequest(int Minutes);

public sealed record LinkChildrenRequest(IReadOnlyList<string>? Numbers);

public sealed record UnlinkChildRequest(string? Note);

/// <summary>Hand-over to problem management: an existing problem by number, or a new one (its title, default the major incident's, and owner).</summary>
public sealed record HandOverRequest(string? ProblemNumber, string? Title = null, int? OwnerId = null);

/// <summary>The problem a major incident is linked to: the one it was handed over to.</summary>
public sealed record ProblemLink(string Number, string Title, OpsBoard.Domain.Problems.ProblemStatus Status);

public sealed record ResolveMajorIncidentRequest(ResolutionCode? ResolutionCode, string? Note, bool ResolveChildren = true);

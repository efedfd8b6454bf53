using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Reports;

/// <summary>The reports of decision 0012, in its order.</summary>
public enum ReportName { Volumes = 1, Compliance, Breaches, Alerts, TimeToResolve, Hops, Reopens, FirstContact, Backlog, Relay }

/// <summary>A period <c>[From, To)</c> and filters; an empty or missing filter means all.</summary>
public sealed record ReportRequest(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<int>? Services = null,
    IReadOnlyList<int>? Groups = null,
    IReadOnlyList<Priority>? Priorities = null,
    IReadOnlyList<RecordKind>? Kinds = null);

/// <summary>
/// One row per record the request can touch (opened or resolved in the period, open at its end, or the record of a clock or
/// alert in the facts); the "down to the record" layer the figures are computed from. <c>GroupId</c> is the group holding
/// it now; the figures about records count only those of the chosen groups (<see cref="ReportScope.Counted"/>).
/// </summary>
public sealed record RecordFact(
    long Id,
    string Number,
    string? SourceNumber,
    RecordKind Kind,
    int ServiceId,
    int GroupId,
    Priority Priority,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt,
    int ReassignmentCount,
    int ReopenCount,
    bool OnlySoc,
    bool OpenAtTo);

/// <summary>
/// One OLA clock (never a major incident update clock) that ended or breached in the period. <c>GroupId</c> is the group it is
/// filtered and reported by: its own group, or for the record's own target (which has none) the record's group.
/// </summary>
public sealed record ClockFact(
    long RecordId,
    OlaTargetKind Kind,
    int Segment,
    int? GroupId,
    DateTimeOffset Start,
    DateTimeOffset? StoppedAt,
    StopReason? StopReason,
    DateTimeOffset? BreachedAt);

/// <summary>One jeopardy alert raised in the period (not of a major incident update clock); <c>GroupId</c> is its group, else its record's.</summary>
public sealed record AlertFact(long RecordId, int? GroupId, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt);

/// <summary>How much of a breached record target's budget one holding group used (all its holds added up); a record's shares add up to its use.</summary>
public sealed record RelayShare(long RecordId, int GroupId, TimeSpan Used, TimeSpan Target);

/// <summary>Everything the figures are computed from, for one request and viewer.</summary>
public sealed record ReportFacts(
    ReportRequest Request,
    IReadOnlyList<RecordFact> Records,
    IReadOnlyList<ClockFact> Clocks,
    IReadOnlyList<AlertFact> Alerts,
    IReadOnlyList<RelayShare> Relay);

/// <summary>What the page, the CSV and the scheduled HTML show: the same cells.</summary>
public sealed record ReportTable(ReportName Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

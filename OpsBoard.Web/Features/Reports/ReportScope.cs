using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// The filters of a request (decision 0012): a record by its current service, priority and kind and the group that holds
/// it now; a clock or an alert by its own group, else its record's. Empty filters mean all.
/// </summary>
public static class ReportScope
{
    public static bool HasGroups(this ReportRequest request) => request.Groups is { Count: > 0 };

    public static bool InPeriod(this ReportRequest request, DateTimeOffset? instant) =>
        instant is { } at && at >= request.From && at < request.To;

    public static bool TakesGroup(this ReportRequest request, int? groupId) =>
        !request.HasGroups() || (groupId is { } id && request.Groups!.Contains(id));

    /// <summary>The records the figures about records count: those held by a chosen group (the other filters are applied when reading).</summary>
    public static IEnumerable<RecordFact> Counted(this ReportFacts facts) =>
        facts.Records.Where(r => facts.Request.TakesGroup(r.GroupId));

    /// <summary>Service, priority and kind: what every fact is filtered by, through its record.</summary>
    public static IQueryable<Record> Matching(this IQueryable<Record> records, ReportRequest request)
    {
        if (request.Services is { Count: > 0 } services) records = records.Where(r => services.Contains(r.ServiceId));
        if (request.Priorities is { Count: > 0 } priorities) records = records.Where(r => priorities.Contains(r.Priority));
        if (request.Kinds is { Count: > 0 } kinds) records = records.Where(r => kinds.Contains(r.Kind));
        return records;
    }
}

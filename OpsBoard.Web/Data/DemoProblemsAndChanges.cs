using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

/// <summary>
/// The demo's problems and changes (seed 2.5), made through the same domain methods people use: a known error and a
/// problem under investigation linked to incidents on one service, a new problem, and changes linked to incidents,
/// with one incident Pending AwaitingChange on the Scheduled change.
/// </summary>
public sealed class DemoProblemsAndChanges(OpsBoardDb db, DateTimeOffset now)
{
    /// <summary>The Scheduled change records Pending AwaitingChange wait for; numbered from the tracked series, added to the context.</summary>
    public static Change AwaitedChange(OpsBoardDb db, DemoCmdb cmdb, IReadOnlyList<NumberSeries> series, DateTimeOffset now)
    {
        var owner = cmdb.People[0];
        var change = Change.Request("Apply vendor patch 4.2.1 to the Spine message handlers",
            "Fixes the handler memory leak; rolling restart of each node in the window.", owner, Change.FormatNumber(++series.Single(n => n.Prefix == Change.Prefix).LastNumber),
            owner.Name, now.AddDays(-35));
        change.Approve(owner.Name, now.AddDays(-34));
        var evening = new DateTimeOffset(now.AddDays(2).UtcDateTime.Date, TimeSpan.Zero).AddHours(20);
        change.Schedule(evening, evening.AddHours(3), owner.Name, now.AddDays(-34).AddHours(1));
        db.Changes.Add(change);
        return change;
    }

    public void Link(IReadOnlyList<Record> records, DemoCmdb cmdb, Change awaited)
    {
        var series = db.NumberSeries.Local;
        string Next(string prefix) => $"{prefix}{++series.Single(n => n.Prefix == prefix).LastNumber:D7}";
        var open = records.Where(r => r is { Kind: RecordKind.Incident, IsOpen: true, IsMajorIncident: false, IsSecurityIncident: false }).ToList();
        if (open.Count == 0) return;
        var owner = cmdb.People[Math.Min(1, cmdb.People.Count - 1)];
        var service = open[0].Service!;

        var knownError = Problem.Open($"Recurring outages of {service.Name}", "Several incidents a week; suspected resource leak.", owner, Next(Problem.Prefix), owner.Name, now.AddDays(-20));
        knownError.Investigate(owner.Name, now.AddDays(-19));
        knownError.RecordKnownError("Restart the affected node; service returns within five minutes.", owner.Name, now.AddDays(-10));
        var investigating = Problem.Open("Intermittent DNS resolution failures", "Lookups time out for a few seconds at a time.", owner, Next(Problem.Prefix), owner.Name, now.AddDays(-6));
        investigating.Investigate(owner.Name, now.AddDays(-5));
        var fresh = Problem.Open("Certificate renewals missed", "Two certificates expired unnoticed this quarter.", owner, Next(Problem.Prefix), owner.Name, now.AddDays(-1));
        db.Problems.AddRange(knownError, investigating, fresh);

        var requested = Change.Request("Increase DNS resolver cache size", "Mitigation for intermittent DNS failures.", owner, Next(Change.Prefix), owner.Name, now.AddDays(-3));
        db.Changes.Add(requested);

        foreach (var record in open.Where(r => r.ServiceId == service.Id || ReferenceEquals(r.Service, service)).Take(3)) record.LinkProblem(knownError, owner.Name, At(record));
        foreach (var record in open.Where(r => r.Problem is null).Take(2)) record.LinkProblem(investigating, owner.Name, At(record));
        if (open.FirstOrDefault(r => r.Problem == investigating) is { } dns) dns.LinkChange(requested, owner.Name, At(dns));
        // At least one incident waits for the Scheduled change, whatever the random walk made.
        if (open.FirstOrDefault(r => r is { Status: Status.InProgress, Problem: null }) is { } waiting)
        {
            waiting.Pend(PendingReason.AwaitingChange, waiting.Assignee?.Name ?? owner.Name, At(waiting), awaited);
        }
    }

    // Between the record's last change and now, so its history stays in order.
    private DateTimeOffset At(Record record) => record.UpdatedAt + (now - record.UpdatedAt) / 2;
}

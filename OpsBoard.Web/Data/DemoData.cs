using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Data;

/// <summary>
/// Fills an empty database with the demo CMDB and records of every kind, priority, status and age, made through
/// the same domain methods people use, so each record's history reads as it would in real life.
/// </summary>
public sealed class DemoData(OpsBoardDb db, DateTimeOffset now, int recordCount = 200, int seed = 20261129)
{
    private static readonly string[] IncidentTitles =
    [
        "{0} unavailable for users in {1}", "Slow response times on {0}", "Error 500 returned by {0}", "Users cannot sign in to {0}",
        "Messages queued and not delivered by {0}", "Intermittent timeouts calling {0}", "Incorrect data shown by {0}", "Certificate warning on {0}",
    ];

    private static readonly string[] RequestTitles =
    [
        "Access to {0} for new starter in {1}", "Report extract from {0}", "Firewall change for {0} endpoint", "Renew certificate for {0}",
        "Configuration change to {0} alerting", "Information request about {0} availability",
    ];

    private static readonly string[] EventTitles =
    [
        "High error rate on {0}", "{0} health check failing", "CPU above 90% on {0}", "Disk 85% full on {0}", "Latency p95 over threshold on {0}",
    ];

    private static readonly string[] Places = ["Leeds", "Manchester", "Bristol", "Newcastle", "Birmingham", "Exeter", "Norwich", "Cardiff", "London", "Sheffield"];

    private readonly Random random = new(seed);
    private OlaPolicyBook book = OlaPolicyBook.Default;
    private readonly List<JeopardyAlert> alerts = [];

    // The Scheduled change records Pending AwaitingChange wait for.
    private Change? awaited;

    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        var cmdb = await LoadCmdbAsync(ct);
        var records = await NewRecordsAsync(cmdb, recordCount, TimeSpan.FromDays(30), ct);
        DeclareMajorIncident(records);
        FlagSecurityIncidents(records, cmdb, await db.LoadPriorityMatrixAsync(ct));
        if (awaited is not null) new DemoProblemsAndChanges(db, now).Link(records, cmdb, awaited);
        return await SaveAsync(records, ct);
    }

    public async Task<DemoCmdb> LoadCmdbAsync(CancellationToken ct = default)
    {
        var cmdb = new DemoCmdb();
        db.SupportGroups.AddRange(cmdb.Groups);
        db.People.AddRange(cmdb.People);
        db.Services.AddRange(cmdb.Services);
        await db.SaveChangesAsync(ct);
        return cmdb;
    }

    /// <summary>The alerts raised by the records made so far: open records whose clocks are in Jeopardy or Breached now.</summary>
    public IReadOnlyList<JeopardyAlert> Alerts => alerts;

    /// <summary>Adds records against a saved CMDB (attached to this context) and saves them with their history.</summary>
    public async Task<int> AddRecordsAsync(DemoCmdb cmdb, int count, TimeSpan span, CancellationToken ct = default) =>
        await SaveAsync(await NewRecordsAsync(cmdb, count, span, ct), ct);

    private async Task<int> SaveAsync(IReadOnlyList<Record> records, CancellationToken ct)
    {
        db.Records.AddRange(records);
        db.JeopardyAlerts.AddRange(Alerts);
        await db.SaveChangesAsync(ct);
        return records.Count;
    }

    /// <summary>
    /// The newest open P1 incident is a major incident, run by its service's manager, so the walls show a banner: it has
    /// posted one update, and up to three other open incidents on its service are its children.
    /// </summary>
    private void DeclareMajorIncident(IReadOnlyList<Record> records)
    {
        var record = records.LastOrDefault(r => r is { Kind: RecordKind.Incident, Priority: Priority.P1, IsOpen: true });
        if (record?.Service?.ServiceManager is not { } manager) return;
        var at = record.UpdatedAt + (now - record.UpdatedAt) / 2;
        record.DeclareMajorIncident(manager, Record.DefaultUpdateInterval, "Several trusts report the service down; declared by the duty service manager.", manager.Name, at);
        foreach (var child in records.Where(r => r is { Kind: RecordKind.Incident, IsOpen: true, IsMajorIncident: false } && r.ServiceId == record.ServiceId && r.UpdatedAt <= at && r.OpenedAt >= at.AddDays(-1)).Take(3))
        {
            record.LinkChild(child, manager.Name, at);
        }
        // The latest update is recent, so the demo's update clock is running, not long overdue.
        var update = at > now.AddMinutes(-10) ? at : now.AddMinutes(-10);
        record.PostMajorIncidentUpdate("Supplier engaged; failover to the standby site under way. Next update in 30 minutes.", manager.Name, update);
        foreach (var change in RecordClocks.Reconcile(record, book, "OLA sweep", now).Where(c => c.RaisesAlertOn(record.IsOpen)))
        {
            alerts.Add(new JeopardyAlert(record, change.Clock, now));
        }
    }

    /// <summary>
    /// Two open incidents (not the major incident) turn out to be security incidents: the SOC reclassifies them with the
    /// category Security, so only security analysts and administrators see them. Random records never pick that category.
    /// </summary>
    private void FlagSecurityIncidents(IReadOnlyList<Record> records, DemoCmdb cmdb, PriorityMatrix matrix)
    {
        var by = cmdb.ServiceOperationsCentre.Members[0].Name;
        foreach (var record in records.Where(r => r is { Kind: RecordKind.Incident, IsOpen: true, IsMajorIncident: false, ParentMajorIncident: null }).TakeLast(2))
        {
            var at = record.UpdatedAt + (now - record.UpdatedAt) / 3;
            record.Reclassify(record.Impact, record.Urgency, matrix, by, at, Categories.Security);
            record.RouteToSecurityGroup(cmdb.CyberSecurity, by, at);
        }
    }

    /// <summary>
    /// Makes records opened within <paramref name="span"/> before now, numbered after the last numbers issued, and moves
    /// the tracked number series on; the caller adds and saves them. Most are recent; a long tail reaches back the whole span.
    /// </summary>
    public async Task<IReadOnlyList<Record>> NewRecordsAsync(DemoCmdb cmdb, int count, TimeSpan span, CancellationToken ct = default)
    {
        var matrix = await db.LoadPriorityMatrixAsync(ct);
        book = await db.LoadPolicyBookAsync(ct);
        var series = await db.NumberSeries.ToListAsync(ct);
        if (count > 0) awaited ??= DemoProblemsAndChanges.AwaitedChange(db, cmdb, series, now);
        var sequences = Enum.GetValues<RecordKind>().ToDictionary(k => k, k => series.Single(n => n.Prefix == RecordNumber.Prefix(k)).LastNumber);
        // Numbers follow the order records were opened.
        var ages = Enumerable.Range(0, count)
            .Select(_ => TimeSpan.FromMinutes(Math.Pow(random.NextDouble(), 2.2) * span.TotalMinutes + 5))
            .OrderDescending()
            .ToList();
        var records = ages.Select(age => NewRecord(cmdb, matrix, sequences, age)).ToList();
        foreach (var (kind, last) in sequences)
        {
            series.Single(n => n.Prefix == RecordNumber.Prefix(kind)).LastNumber = last;
        }
        return records;
    }

    // The demo's security incidents are the two FlagSecurityIncidents makes, not one in six records.
    private static string OrdinaryCategory(string category, RecordKind kind) => Record.IsSecurityCategory(category) ? Categories.For(kind)[0] : category;

    private Record NewRecord(DemoCmdb cmdb, PriorityMatrix matrix, Dictionary<RecordKind, long> sequences, TimeSpan age)
    {
        var kind = Pick((RecordKind.Incident, 60), (RecordKind.ServiceRequest, 25), (RecordKind.Event, 15));
        var service = cmdb.Services[random.Next(cmdb.Services.Count)];
        var item = service.ConfigurationItems[random.Next(service.ConfigurationItems.Count)];
        var soc = cmdb.ServiceOperationsCentre;
        var socAnalyst = soc.Members[random.Next(soc.Members.Count)].Name;
        var impact = Pick((Impact.High, 12), (Impact.Medium, 45), (Impact.Low, 43));
        var urgency = Pick((Urgency.High, 18), (Urgency.Medium, 50), (Urgency.Low, 32));
        var titles = kind switch { RecordKind.Incident => IncidentTitles, RecordKind.ServiceRequest => RequestTitles, _ => EventTitles };
        var title = string.Format(titles[random.Next(titles.Length)], item.Name, Places[random.Next(Places.Length)]);
        var details = new RecordDetails(kind, title, $"{title}. Reported via the demo data set.",
            kind == RecordKind.Event ? null : cmdb.People[random.Next(cmdb.People.Count)].Name,
            kind == RecordKind.Event ? Channel.Automation : Pick((Channel.Phone, 50), (Channel.Email, 25), (Channel.Portal, 20), (Channel.WalkIn, 5)),
            service, item, OrdinaryCategory(Categories.For(kind)[random.Next(Categories.For(kind).Count)], kind), impact, urgency);

        var sequence = sequences[kind] = sequences.GetValueOrDefault(kind) + 1;
        var at = now - age;
        var secondLine = service.SecondLineGroup!;
        var by = kind == RecordKind.Event ? "Monitoring" : socAnalyst;
        var record = Record.Open(details, RecordNumber.Format(kind, sequence), matrix, kind == RecordKind.Event ? secondLine : soc, by, at);
        Progress(record, cmdb, secondLine, age, at);
        // The last step's effect on the clocks (a met response, a pause) belongs at that step's time, not at now.
        RecordClocks.Reconcile(record, book, "OLA sweep", record.UpdatedAt);
        // Clocks read now as the sweep would; a crossing into Jeopardy or Breached on an open record raises its alert.
        foreach (var change in RecordClocks.Reconcile(record, book, "OLA sweep", now).Where(c => c.RaisesAlertOn(record.IsOpen)))
        {
            alerts.Add(new JeopardyAlert(record, change.Clock, now));
        }
        return record;
    }

    /// <summary>Walks the record along its lifecycle: the older it is, the further it has got.</summary>
    private void Progress(Record record, DemoCmdb cmdb, SupportGroup secondLine, TimeSpan age, DateTimeOffset at)
    {
        var steps = age.TotalHours switch { < 0.5 => random.Next(0, 2), < 8 => random.Next(1, 4), < 72 => random.Next(2, 6), _ => random.Next(4, 7) };
        var group = record.AssignmentGroup!;
        string Worker() => group.Members.Count > 0 ? group.Members[random.Next(group.Members.Count)].Name : "Monitoring";
        // Each step is taken at a later instant; the clocks first catch up with the step before, as the services keep them.
        DateTimeOffset Later()
        {
            RecordClocks.Reconcile(record, book, "OLA sweep", at);
            // Most steps come about as fast as the OLA asks, so most clocks are met and a few breach.
            var typical = record.Priority <= Priority.P2 ? TimeSpan.FromMinutes(12) : TimeSpan.FromHours(2.5);
            var gap = TimeSpan.FromTicks((long)(typical.Ticks * -Math.Log(1 - random.NextDouble())));
            var room = TimeSpan.FromTicks((long)((now - at).Ticks * 0.4));
            return at += gap < room ? gap : room;
        }

        if (steps == 0) return;
        if (record.Status == Status.New && random.Next(10) == 0)
        {
            record.Acknowledge(Worker(), Later());
            record.Resolve(ResolutionCode.AdviceGiven, "Resolved at first contact: talked the caller through the fix.", Worker(), Later());
            CloseWhenDue(record);
            return;
        }
        if (record.Status == Status.New)
        {
            var socWorker = Worker();
            record.AssignTo(secondLine, null, socWorker, Later());
            group = secondLine;
        }
        if (steps == 1) return;
        var resolver = group.Members[random.Next(group.Members.Count)];
        record.AssignTo(group, resolver, resolver.Name, Later());
        record.Acknowledge(resolver.Name, Later());
        if (steps == 2) return;
        if (random.Next(4) == 0)
        {
            group = cmdb.ThirdLine[random.Next(cmdb.ThirdLine.Count)];
            record.AssignTo(group, null, resolver.Name, Later());
            record.Acknowledge(Worker(), Later());
        }
        if (random.Next(3) == 0)
        {
            record.Pend(Pick((PendingReason.AwaitingCaller, 40), (PendingReason.AwaitingSupplier, 35), (PendingReason.AwaitingChange, 25)), Worker(), Later(), awaited);
            // A queue always has some records waiting on a caller, a supplier or a change.
            if (steps <= 4) return;
            record.Resume(Worker(), Later());
        }
        if (steps == 3) return;
        record.AddNote("Investigated logs and monitoring; cause identified.", Worker(), Later());
        var code = record.Kind == RecordKind.ServiceRequest ? ResolutionCode.RequestFulfilled : Pick((ResolutionCode.Fixed, 60), (ResolutionCode.Workaround, 25), (ResolutionCode.NoFaultFound, 15));
        record.Resolve(code, "Service restored and confirmed with the caller.", Worker(), Later());
        if (steps >= 6 && random.Next(8) == 0)
        {
            record.Reopen("Caller reports the fault has come back.", "Service Operations Centre", Later());
            record.Resolve(ResolutionCode.Fixed, "Permanent fix applied after reopen.", Worker(), Later());
        }
        CloseWhenDue(record);
    }

    /// <summary>A record resolved long enough ago has closed by itself, when the auto-close rule said, as the job would have.</summary>
    private void CloseWhenDue(Record record)
    {
        var rule = new AutoClose(AutoClose.DefaultBusinessDays, book.Calendar(OlaPolicy.WorkingHours));
        if (record.ResolvedAt is { } resolved && rule.ClosesAt(resolved) is var closes && closes <= now) record.Close(AutoClose.By, closes);
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0) return value;
        }
        return choices[^1].Value;
    }
}

using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Events;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Applies one batch of events in one unit of work. A trigger repeats the open EVT its dedup key raised, reopens it when
/// the source cleared it less than the reopen window ago, or else opens a new EVT assigned straight to the chosen 2nd line
/// group (so its OLA clocks start at once); acknowledge and resolve act on the open EVT of that key. It works in memory:
/// new EVTs are numbered by <see cref="NumberNewRecordsAsync"/> in the commit that stores them, so the database's write
/// lock is held only for that commit, never while events are applied.
/// </summary>
public sealed class EventApplier
{
    private readonly OpsBoardDb db;
    private readonly OlaPolicyBook book;
    private readonly PriorityMatrix matrix;
    private readonly DateTimeOffset now;
    private readonly Dictionary<int, Integration> integrations;
    private readonly Dictionary<(int IntegrationId, string Key), EventKey> latest;
    private readonly SupportGroup? serviceOperationsCentre;
    private readonly EventRouter router;

    private EventApplier(OpsBoardDb db, OlaPolicyBook book, PriorityMatrix matrix, DateTimeOffset now, Dictionary<int, Integration> integrations,
        Dictionary<(int, string), EventKey> latest, SupportGroup? serviceOperationsCentre, EventRouter router)
    {
        this.router = router;
        this.db = db;
        this.book = book;
        this.matrix = matrix;
        this.now = now;
        this.integrations = integrations;
        this.latest = latest;
        this.serviceOperationsCentre = serviceOperationsCentre;
    }

    private readonly List<(BoardEventType Type, Record Record, IReadOnlyList<ClockChange> Clocks)> changes = [];
    private readonly List<Record> opened = [];

    /// <summary>How many triggers this batch folded into an open EVT of their dedup key as a repeat.</summary>
    public int Repeats { get; private set; }

    /// <summary>What the batch changed, to publish once it has committed (after numbering).</summary>
    public IReadOnlyList<BoardEvent> Changes() => [.. changes.SelectMany(c => BoardEvents.Of(c.Type, c.Record, c.Clocks, now))];

    /// <summary>Numbers the EVTs this batch opened, in order, inside the caller's transaction.</summary>
    public async Task NumberNewRecordsAsync(CancellationToken ct)
    {
        var numbers = await db.NextNumbersAsync(RecordKind.Event, opened.Count, ct);
        for (var i = 0; i < opened.Count; i++) opened[i].TakeNumber(numbers[i]);
    }

    /// <summary>Loads, in the caller's context, the integrations and the latest EVT of each dedup key the batch names.</summary>
    public static async Task<EventApplier> LoadAsync(OpsBoardDb db, OlaPolicyBook book, EventRouter router, IEnumerable<(int IntegrationId, string Key)> keys, DateTimeOffset now, CancellationToken ct)
    {
        var wanted = keys.Distinct().ToList();
        var integrationIds = wanted.Select(k => k.IntegrationId).Distinct().ToList();
        var keyTexts = wanted.Select(k => k.Key).Distinct().ToList();
        var integrations = await db.Integrations
            .Include(i => i.Service).ThenInclude(s => s!.SecondLineGroup)
            .Include(i => i.Service).ThenInclude(s => s!.ConfigurationItems).ThenInclude(c => c.OwningGroup)
            .Where(i => integrationIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, ct);
        var known = await db.EventKeys
            .Where(k => integrationIds.Contains(k.IntegrationId) && keyTexts.Contains(k.Key))
            .Include(k => k.Record).ThenInclude(r => r!.AssignmentGroup)
            .Include(k => k.Record).ThenInclude(r => r!.Clocks).ThenInclude(c => c.Pauses)
            .AsSplitQuery()
            .ToListAsync(ct);
        var latest = known.GroupBy(k => (k.IntegrationId, k.Key)).ToDictionary(g => g.Key, g => g.MaxBy(k => k.Id)!);
        var soc = await db.SupportGroups.OrderBy(g => g.Id).FirstOrDefaultAsync(g => g.Line == 1, ct);
        return new EventApplier(db, book, await db.LoadPriorityMatrixAsync(ct), now, integrations, latest, soc, router);
    }

    /// <summary>Applies one event, as at <paramref name="at"/> (when it was accepted): the record it touched and what it did.</summary>
    public async Task<(Record? Record, string Result)> ApplyAsync(int integrationId, IncomingEvent incoming, string payload, DateTimeOffset at, CancellationToken ct)
    {
        if (!integrations.TryGetValue(integrationId, out var integration)) return (null, $"Ignored: integration {integrationId} no longer exists.");
        integration.Used(at);
        var by = $"Monitoring: {integration.Name}";
        latest.TryGetValue((integrationId, incoming.DedupKey), out var key);
        var record = key?.Record;
        var routing = incoming.Action == EventAction.Trigger ? router.Route(Facts(integrationId, incoming)) : null;
        var reopenWindow = routing?.Rule?.ReopenWindow ?? RoutingRule.DefaultReopenWindow;
        switch (incoming.Action)
        {
            case EventAction.Trigger when record is { IsOpen: true }:
            {
                var repeat = key!.Repeat(at, payload);
                var repeated = record.RepeatEvent(repeat, incoming.Summary!, by, at);
                if (repeated.Succeeded) Repeats++;
                return Changed(record, repeated, $"Repeat {repeat}.");
            }
            case EventAction.Trigger when record is { Status: Status.Resolved, ResolvedAt: { } cleared } && at - cleared <= reopenWindow:
            {
                key!.Seen(at);
                var reopened = record.Reopen($"Fired again by {integration.Name} {Minutes(at - cleared)} after it cleared (within the {Minutes(reopenWindow)} reopen window).", by, at);
                if (reopened.Succeeded) record.RepeatEvent(key.Repeat(at, payload), incoming.Summary!, by, at);
                return Changed(record, reopened, "Reopened.");
            }
            case EventAction.Trigger:
                return (await OpenAsync(integration, incoming, payload, routing!, by, at, ct), "Opened.");
            case EventAction.Acknowledge when record is { IsOpen: true }:
                key!.Seen(at);
                return record.Status is Status.New or Status.Assigned
                    ? Changed(record, record.Acknowledge(by, at), "Acknowledged.")
                    : (record, "Already acknowledged.");
            case EventAction.Resolve when record is { IsOpen: true }:
                key!.Seen(at);
                return Changed(record, record.ClearBySource(by, at), "Cleared by source.");
            default:
                return (record, $"Ignored: no open event record has dedup key \"{incoming.DedupKey}\" on {integration.Name}.");
        }
    }

    private (Record? Record, string Result) Changed(Record record, Outcome outcome, string result)
    {
        if (!outcome.Succeeded) return (record, $"Ignored: {outcome.Reason}");
        changes.Add((BoardEventType.RecordChanged, record, ClockKeeper.Keep(db, record, book, "OLA sweep", now)));
        return (record, result);
    }

    private async Task<Record> OpenAsync(Integration integration, IncomingEvent incoming, string payload, RoutingDecision routing, string by, DateTimeOffset at, CancellationToken ct)
    {
        var service = integration.Service!;
        var item = ItemOf(service, incoming);
        // The first matching rule's group; else the event's configuration item's owning group; else the service's 2nd line group; else the SOC.
        var ruleGroup = routing.Rule is { } rule ? await db.SupportGroups.FindAsync([rule.GroupId], ct) : null;
        var routed = Routing.Choose(ruleGroup, item, service, serviceOperationsCentre)
            ?? throw new InvalidOperationException($"Neither {service.Name} has a 2nd line group nor is there a Service Operations Centre group to take events.");
        var group = routed.Group;
        var severity = incoming.Severity ?? EventSeverity.Warning;
        var (impact, urgency) = (severity.ToImpact(), severity.ToUrgency());
        var details = new RecordDetails(RecordKind.Event, RecordDetails.TitleFrom(incoming.Summary!), Describe(incoming), null, Channel.Automation,
            service, item, Category(incoming), impact, urgency);
        // Numbered when stored (NumberNewRecordsAsync).
        var record = Record.Open(details, RecordNumber.Format(RecordKind.Event, 0), matrix, group, by, at);
        opened.Add(record);
        record.AddNote(routed.By switch
        {
            RoutedBy.Rule => $"Routing: {routing.Describe()}, so the event went to {group.Name}.",
            RoutedBy.ConfigurationItem => $"Routing: {routing.Describe()}, so the event went to {group.Name}, the owning group of its configuration item {item!.Name}.",
            RoutedBy.Service => $"Routing: {routing.Describe()}, so the event went to {group.Name}, the 2nd line group of {service.Name} (the default for {integration.Name}).",
            _ => $"Routing: {routing.Describe()} and {service.Name} has no 2nd line group, so the event went to {group.Name}.",
        }, by, at);
        db.Records.Add(record);
        var key = new EventKey(integration.Id, incoming.DedupKey, record, at, payload);
        db.EventKeys.Add(key);
        latest[(integration.Id, incoming.DedupKey)] = key;
        changes.Add((BoardEventType.RecordCreated, record, ClockKeeper.Keep(db, record, book, "OLA sweep", now)));
        return record;
    }

    /// <summary>The service's current configuration item the event names, by its component or else its source (case aside).</summary>
    private static ConfigurationItem? ItemOf(Service service, IncomingEvent incoming) =>
        service.ConfigurationItems.Where(c => !c.IsRetired).FirstOrDefault(c => string.Equals(c.Name, incoming.Component?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? service.ConfigurationItems.Where(c => !c.IsRetired).FirstOrDefault(c => string.Equals(c.Name, incoming.Source?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static EventFacts Facts(int integrationId, IncomingEvent incoming) => new(integrationId, incoming.Source, incoming.Component,
        incoming.Group, incoming.Class, incoming.Labels ?? new Dictionary<string, string>());

    // The event's class or component when it names an event category; otherwise Availability.
    private static string Category(IncomingEvent incoming) =>
        Categories.Event.FirstOrDefault(c => string.Equals(c, incoming.Class, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c, incoming.Component, StringComparison.OrdinalIgnoreCase)) ?? "Availability";

    private static string Describe(IncomingEvent incoming)
    {
        var text = new StringBuilder(incoming.Summary);
        text.AppendLine().AppendLine();
        void Line(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) text.Append(name).Append(": ").AppendLine(value);
        }
        Line("Source", incoming.Source);
        Line("Severity", incoming.Severity?.ToString().ToLowerInvariant());
        Line("Component", incoming.Component);
        Line("Group", incoming.Group);
        Line("Class", incoming.Class);
        Line("Source time", incoming.Timestamp?.ToString("u", CultureInfo.InvariantCulture));
        Line("Dedup key", incoming.DedupKey);
        foreach (var (name, value) in incoming.Labels ?? new Dictionary<string, string>()) Line($"Label {name}", value);
        Line("Details", incoming.Details);
        foreach (var link in incoming.Links ?? []) Line("Link", link.Text is null ? link.Href : $"{link.Text} <{link.Href}>");
        var description = text.ToString().TrimEnd();
        return description.Length <= RecordDetails.MaxTextLength ? description : description[..(RecordDetails.MaxTextLength - 1)] + "…";
    }

    private static string Minutes(TimeSpan span) => span < TimeSpan.FromMinutes(1) ? "under a minute" : $"{(int)span.TotalMinutes} min";
}

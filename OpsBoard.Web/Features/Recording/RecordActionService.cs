using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Data.Configurations;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Escalation;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Recording;

/// <summary>Carries out one action on a record; a refused action changes nothing.</summary>
public sealed class RecordActionService(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, ChangeFeed feed, TimeProvider clock, EscalationOptions? escalation = null)
{
    private readonly int allowedPasses = (escalation ?? EscalationOptions.Default).PingPongPasses;

    // The sweep may store a clock reading of this record while a person acts on it; that alone is no reason to refuse them.
    private const int Attempts = 3;

    /// <summary>
    /// One action by a person: a security incident they may not see is not found, exactly as a record that does not exist,
    /// and nothing changes.
    /// </summary>
    public Task<ChangeResult> ActAsync(string number, RecordActionRequest request, Actor actor, CancellationToken ct = default) =>
        ActAsync(number, request, actor.Name, actor.User, ct);

    /// <summary>One action by the system (a job) or a test, which sees every record.</summary>
    public Task<ChangeResult> ActAsync(string number, RecordActionRequest request, string by, CancellationToken ct = default) =>
        ActAsync(number, request, by, viewer: null, ct);

    private Task<ChangeResult> ActAsync(string number, RecordActionRequest request, string by, ClaimsPrincipal? viewer, CancellationToken ct)
    {
        // A missing or unknown action is bad input (400), not a refusal by the record (409).
        if (!Enum.IsDefined(request.Action))
        {
            return Task.FromResult(ChangeResult.Invalid(new Dictionary<string, string>
            {
                ["action"] = $"Say which action to take: one of {string.Join(", ", Enum.GetNames<RecordAction>())}.",
            }));
        }
        return ChangeAsync(number, by, viewer, (db, record, now) =>
            // A person may take only the actions their roles allow on this record (RecordRules); the system may take any.
            viewer is not null && RecordRules.Refusal(viewer, request.Action, record.AssignmentGroupId, record.AssignmentGroup?.Name) is { } why
                ? Task.FromResult(Outcome.Refused(why))
                : ApplyAsync(db, record, request, by, now, ct), ct);
    }

    /// <summary>
    /// One change to a record in one unit of work: loads it (with its group, assignee and clocks), applies
    /// <paramref name="change"/> (which may load more through the same context), keeps its clocks, saves once and
    /// publishes after the commit, with AlertAcknowledged for each jeopardy alert the change acknowledged.
    /// With a <paramref name="viewer"/> (a person), a security incident they may not see is not found; null is the system.
    /// </summary>
    public async Task<ChangeResult> ChangeAsync(string number, string by, ClaimsPrincipal? viewer, Func<OpsBoardDb, Record, DateTimeOffset, Task<Outcome>> change, CancellationToken ct = default)
    {
        for (var attempt = 1; attempt < Attempts; attempt++)
        {
            if (await TryChangeAsync(number, by, viewer, change, ct) is { } result) return result;
        }
        return await TryChangeAsync(number, by, viewer, change, ct) ?? Conflict(number);
    }

    private static ChangeResult Conflict(string number) =>
        ChangeResult.Refused(number, Outcome.Refused($"{number} was changed by someone else while you worked on it; reload it and try again."));

    /// <summary>One attempt; null when only the record's clocks moved on underneath (worth another attempt).</summary>
    private async Task<ChangeResult?> TryChangeAsync(string number, string by, ClaimsPrincipal? viewer, Func<OpsBoardDb, Record, DateTimeOffset, Task<Outcome>> change, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var records = viewer is null ? db.Records : db.Records.VisibleTo(viewer);
        var record = await records
            .Include(r => r.AssignmentGroup)
            .Include(r => r.Assignee)
            .Include(r => r.MajorIncidentManager)
            .Include(r => r.Problem)
            .Include(r => r.Changes)
            .Include(r => r.AwaitingChange)
            .Include(r => r.Clocks).ThenInclude(c => c.Pauses)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Number == number, ct);
        if (record is null) return ChangeResult.NotFound(number);

        var now = clock.GetUtcNow();
        var heldBy = record.AssignmentGroupId;
        var openMajorIncident = record.IsOpenMajorIncident;
        // What everyone could see of the record before the change, in case the change makes it a security incident.
        var before = BoardEvent.Of(BoardEventType.RecordChanged, record, now);
        var outcome = await change(db, record, now);
        if (!outcome.Succeeded) return ChangeResult.Refused(number, outcome);
        var clocks = ClockKeeper.Keep(db, record, await policies.GetAsync(ct), by, now);
        // Passed to another group: maybe once too often (ping-pong), which alerts the service manager.
        var pingPong = record.AssignmentGroupId != heldBy ? await PingPongAlerts.RaiseAsync(db, record, allowedPasses, by, now, ct) : null;
        var acknowledged = db.ChangeTracker.Entries<JeopardyAlert>()
            .Where(e => e.State == EntityState.Modified && e.Property(a => a.AcknowledgedAt).IsModified)
            .Select(e => e.Entity).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var loaded = db.Entry(record).Property<long>(RecordConfiguration.Version).OriginalValue;
            await using var fresh = await dbs.CreateDbContextAsync(ct);
            var stored = await fresh.Records.Where(r => r.Id == record.Id).Select(r => EF.Property<long>(r, RecordConfiguration.Version)).SingleAsync(ct);
            return stored == loaded ? null : Conflict(number);
        }
        var events = BoardEvents.Of(BoardEventType.RecordChanged, record, clocks, now, heldBy);
        // Declared, or resolved, cancelled or reopened as one: every wall's banners change.
        var majorIncident = record.IsOpenMajorIncident != openMajorIncident ? [events[0] with { Type = BoardEventType.MajorIncidentChanged }] : Array.Empty<BoardEvent>();
        // Just made a security incident: those who may no longer see it hear that the record they knew changed (as it was
        // then, nothing new), so their boards read again and it drops off; what it is now goes only to those who may see it.
        var withdrawn = before.Restricted || !record.IsSecurityIncident ? Array.Empty<BoardEvent>() : [before];
        var raised = pingPong is null ? Array.Empty<BoardEvent>() : [events[0] with { Type = BoardEventType.AlertRaised }];
        feed.Publish([.. withdrawn, .. events, .. majorIncident, .. raised, .. acknowledged.Select(a => events[0] with { Type = BoardEventType.AlertAcknowledged, State = a.State, Clock = a.Kind })]);
        return ChangeResult.Done(number);
    }

    private static async Task<Outcome> ApplyAsync(OpsBoardDb db, Record record, RecordActionRequest request, string by, DateTimeOffset now, CancellationToken ct) =>
        request.Action switch
        {
            RecordAction.Assign => await AssignAsync(db, record, request, by, now, ct),
            RecordAction.Acknowledge => record.Acknowledge(by, now),
            RecordAction.Pend => request.PendingReason is { } reason
                ? await RecordLinks.PendAsync(db, record, reason, request.ChangeNumber, by, now, ct)
                : Outcome.Refused("Pick why the record is pending: AwaitingCaller, AwaitingSupplier, AwaitingChange or AwaitingProblem.", "pendingReason"),
            RecordAction.Resume => record.Resume(by, now),
            RecordAction.Resolve => request.ResolutionCode is { } code
                ? record.Resolve(code, request.Note, by, now)
                : Outcome.Refused("Pick a resolution code.", "resolutionCode"),
            RecordAction.Reopen => record.Reopen(request.Note, by, now),
            RecordAction.Cancel => record.Cancel(request.Note, by, now),
            RecordAction.Close => record.Close(by, now),
            RecordAction.AddNote => record.AddNote(request.Note, by, now),
            RecordAction.Reclassify => await db.ReclassifyAsync(record, request.Impact ?? record.Impact, request.Urgency ?? record.Urgency, request.Category, by, now, ct),
            RecordAction.OverridePriority => request.Priority is { } priority
                ? record.OverridePriority(priority, request.Note, by, now)
                : Outcome.Refused("Pick the priority to set.", "priority"),
            RecordAction.DeclareMajorIncident => await DeclareMajorIncidentAsync(db, record, request, by, now, ct),
            RecordAction.LinkProblem or RecordAction.UnlinkProblem or RecordAction.LinkChange or RecordAction.UnlinkChange =>
                await RecordLinks.ApplyAsync(db, record, request, by, now, ct),
            _ => throw new InvalidOperationException($"Action {request.Action} has no handler."),
        };

    /// <summary>The DeclareMajorIncident action: the major incident manager by id, then the record's own rules.</summary>
    private static async Task<Outcome> DeclareMajorIncidentAsync(OpsBoardDb db, Record record, RecordActionRequest request, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (request.ManagerId is not { } managerId) return Outcome.Refused("Name the major incident manager who will run it.", "managerId");
        var manager = await db.People.SingleOrDefaultAsync(p => p.Id == managerId, ct);
        if (manager is null) return Outcome.Refused($"There is no person with id {managerId}.", "managerId");
        var every = request.UpdateEveryMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : Record.DefaultUpdateInterval;
        return record.DeclareMajorIncident(manager, every, request.Note, by, now);
    }

    /// <summary>The Assign action: the group (and person) by id, then the record's own rules.</summary>
    public static async Task<Outcome> AssignAsync(OpsBoardDb db, Record record, RecordActionRequest request, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (request.GroupId is not { } groupId) return Outcome.Refused("Pick the support group to assign the record to.", "groupId");
        var group = await db.SupportGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return Outcome.Refused($"There is no support group with id {groupId}.", "groupId");
        var assignee = request.AssigneeId is { } personId ? await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct) : null;
        if (request.AssigneeId is not null && assignee is null) return Outcome.Refused($"There is no person with id {request.AssigneeId}.", "assigneeId");
        return record.AssignTo(group, assignee, by, now);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Access;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Problems;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.MajorIncidents;

/// <summary>
/// Runs a major incident: its timeline of updates and their interval (one record, through <see cref="RecordActionService"/>),
/// and its child incidents, linked several at once in one unit of work: all of them or, with the reason for each, none.
/// </summary>
public sealed class MajorIncidentService(IDbContextFactory<OpsBoardDb> dbs, RecordActionService actions, ProblemService problems, OlaPolicyStore policies, ChangeFeed feed, TimeProvider clock)
{
    public Task<ChangeResult> PostUpdateAsync(string number, string? text, Actor actor, CancellationToken ct = default) =>
        RunAsync(number, actor, (record, now) => record.PostMajorIncidentUpdate(text, actor.Name, now), ct);

    public Task<ChangeResult> ChangeUpdateIntervalAsync(string number, int minutes, Actor actor, CancellationToken ct = default) =>
        RunAsync(number, actor, (record, now) => record.ChangeUpdateInterval(TimeSpan.FromMinutes(minutes), actor.Name, now), ct);

    private Task<ChangeResult> RunAsync(string number, Actor actor, Func<Record, DateTimeOffset, Outcome> change, CancellationToken ct) =>
        MajorIncidentRules.CanRun(actor.User)
            ? actions.ChangeAsync(number, actor.Name, actor.User, (_, record, now) => Task.FromResult(change(record, now)), ct)
            : Task.FromResult(ChangeResult.Refused(number, Outcome.Refused(MajorIncidentRules.Refusal)));

    /// <summary>Links <paramref name="childNumbers"/> to the major incident <paramref name="parentNumber"/>: all of them, or none.</summary>
    public Task<ChangeResult> LinkChildrenAsync(string parentNumber, IReadOnlyList<string> childNumbers, Actor actor, CancellationToken ct = default) =>
        LinkChildrenAsync(parentNumber, childNumbers, actor.Name, actor.User, ct);

    /// <summary>Links children as the system or a named person; <paramref name="viewer"/> null sees every record.</summary>
    public async Task<ChangeResult> LinkChildrenAsync(string parentNumber, IReadOnlyList<string> childNumbers, string by, ClaimsPrincipal? viewer, CancellationToken ct = default)
    {
        if (viewer is not null && !MajorIncidentRules.CanRun(viewer)) return ChangeResult.Refused(parentNumber, Outcome.Refused(MajorIncidentRules.Refusal));
        var numbers = childNumbers.Select(n => n.Trim().ToUpperInvariant()).Where(n => n.Length > 0).Distinct().ToList();
        if (numbers.Count == 0) return ChangeResult.Invalid(new Dictionary<string, string> { ["numbers"] = "Pick the incidents to link as children." });
        return await ChangeFamilyAsync(parentNumber, numbers, by, viewer, (_, parent, children, now) =>
        {
            var refusals = children.Select(c => parent.CanTakeChild(c)).Where(o => !o.Succeeded).Select(o => o.Reason).ToList();
            if (refusals.Count > 0) return Task.FromResult(Outcome.Refused(string.Join(" ", refusals), "numbers"));
            foreach (var child in children) parent.LinkChild(child, by, now);
            return Task.FromResult(Outcome.Done);
        }, ct);
    }

    public async Task<ChangeResult> UnlinkChildAsync(string parentNumber, string childNumber, string? note, Actor actor, CancellationToken ct = default)
    {
        if (!MajorIncidentRules.CanRun(actor.User)) return ChangeResult.Refused(parentNumber, Outcome.Refused(MajorIncidentRules.Refusal));
        return await ChangeFamilyAsync(parentNumber, [childNumber.Trim().ToUpperInvariant()], actor.Name, actor.User,
            (_, parent, children, now) => Task.FromResult(parent.UnlinkChild(children[0], note, actor.Name, now)), ct);
    }

    /// <summary>
    /// Resolves the major incident (the record's own rules, as any resolve) and, when asked, then each of its open children
    /// with the same resolution code and note, in one further unit of work. Says how many children were resolved.
    /// </summary>
    public async Task<MajorIncidentResolution> ResolveAsync(string number, ResolutionCode? code, string? note, bool resolveChildren, Actor actor, CancellationToken ct = default)
    {
        number = number.Trim().ToUpperInvariant();
        var resolved = await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.Resolve, ResolutionCode = code, Note = note }, actor, ct);
        if (!resolved.Succeeded || !resolveChildren) return new(resolved, 0, null);
        var open = await ChildrenOfAsync(number, openOnly: true, ct);
        if (open.Count == 0) return new(resolved, 0, null);
        var children = await ChangeFamilyAsync(number, open, actor.Name, viewer: null, (_, parent, kids, now) =>
            Task.FromResult(kids.Select(child => child.ResolveWithParent(parent, actor.Name, now)).FirstOrDefault(o => !o.Succeeded)), ct);
        return children.Succeeded ? new(resolved, open.Count, null) : new(resolved, 0, children.Message);
    }

    /// <summary>
    /// Hands the major incident over to problem management: to the problem named, or to a new one opened for it (its
    /// title, unless another is given, and the owner named). The major incident and its children without a problem link to
    /// it. A refusal opens no problem.
    /// </summary>
    public async Task<ChangeResult> HandOverAsync(string number, HandOverRequest request, Actor actor, CancellationToken ct = default)
    {
        number = number.Trim().ToUpperInvariant();
        if (!MajorIncidentRules.CanRun(actor.User)) return ChangeResult.Refused(number, Outcome.Refused(MajorIncidentRules.Refusal));
        string problemNumber;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var record = await db.Records.VisibleTo(actor.User).Include(r => r.Problem).SingleOrDefaultAsync(r => r.Number == number, ct);
            if (record is null) return ChangeResult.NotFound(number);
            var named = request.ProblemNumber?.Trim().ToUpperInvariant();
            var problem = string.IsNullOrEmpty(named) ? null : await db.Problems.SingleOrDefaultAsync(p => p.Number == named, ct);
            if (!string.IsNullOrEmpty(named) && problem is null)
            {
                return ChangeResult.Refused(number, Outcome.Refused($"There is no problem {named}; check the number, or open a new problem.", "problemNumber"));
            }
            if (record.CanHandOver(problem?.Id) is { Succeeded: false } refused) return ChangeResult.Refused(number, refused);
            if (problem is not null) problemNumber = problem.Number;
            else
            {
                var opened = await problems.OpenAsync(new ProblemDraft
                {
                    Title = string.IsNullOrWhiteSpace(request.Title) ? record.Title : request.Title,
                    Description = $"Taken over from major incident {record.Number}: {record.Title}",
                    OwnerId = request.OwnerId,
                }, actor.Name, ct);
                if (!opened.Succeeded) return opened;
                problemNumber = opened.Number!;
            }
        }
        var children = await ChildrenOfAsync(number, openOnly: false, ct);
        var handedOver = await ChangeFamilyAsync(number, children, actor.Name, actor.User, async (db, parent, kids, now) =>
            parent.HandOverToProblem(await db.Problems.SingleAsync(p => p.Number == problemNumber, ct), kids, actor.Name, now), ct);
        // The problem's page lists its records: it reads again.
        if (handedOver.Succeeded) feed.Publish([BoardEvent.OfLinked(BoardEventType.ProblemChanged, problemNumber, clock.GetUtcNow())]);
        return handedOver;
    }

    private async Task<List<string>> ChildrenOfAsync(string number, bool openOnly, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var children = db.Records.Where(r => r.ParentMajorIncident!.Number == number);
        if (openOnly) children = children.Where(RecordQueries.IsOpen);
        return await children.Select(r => r.Number).ToListAsync(ct);
    }

    /// <summary>Loads the major incident and the named records, applies the change to them together, saves once and publishes.</summary>
    private async Task<ChangeResult> ChangeFamilyAsync(string parentNumber, IReadOnlyList<string> numbers, string by, ClaimsPrincipal? viewer,
        Func<OpsBoardDb, Record, IReadOnlyList<Record>, DateTimeOffset, Task<Outcome>> change, CancellationToken ct)
    {
        parentNumber = parentNumber.Trim().ToUpperInvariant();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var records = viewer is null ? db.Records : db.Records.VisibleTo(viewer);
        var loaded = await records.Include(r => r.ParentMajorIncident).Include(r => r.Clocks).ThenInclude(c => c.Pauses).AsSplitQuery()
            .Where(r => r.Number == parentNumber || numbers.Contains(r.Number)).ToListAsync(ct);
        if (loaded.FirstOrDefault(r => r.Number == parentNumber) is not { } parent) return ChangeResult.NotFound(parentNumber);
        var missing = numbers.Where(n => loaded.All(r => r.Number != n)).ToList();
        if (missing.Count > 0)
        {
            return ChangeResult.Refused(parentNumber, Outcome.Refused($"There is no record {string.Join(", ", missing)}; check the numbers.", "numbers"));
        }
        var children = numbers.Select(n => loaded.Single(r => r.Number == n)).ToList();
        var now = clock.GetUtcNow();
        var outcome = await change(db, parent, children, now);
        if (!outcome.Succeeded) return ChangeResult.Refused(parentNumber, outcome);
        var book = await policies.GetAsync(ct);
        var events = new List<BoardEvent>();
        foreach (var record in loaded)
        {
            var clocks = ClockKeeper.Keep(db, record, book, by, now);
            events.AddRange(BoardEvents.Of(BoardEventType.RecordChanged, record, clocks, now));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Refused(parentNumber, Outcome.Refused("Someone changed one of these records while you worked on them; reload and try again."));
        }
        feed.Publish(events);
        return ChangeResult.Done(parentNumber);
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Domain.Changes;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Problems;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Changes;

/// <summary>
/// Requests changes and moves them along their lifecycle; each change is saved with its history and published
/// (ChangeChanged) after the commit, so pages showing a linked record update. A refused change leaves the change as it was.
/// </summary>
public sealed class ChangeService(IDbContextFactory<OpsBoardDb> dbs, ChangeFeed feed, TimeProvider clock)
{
    public async Task<ChangeResult> RequestAsync(ChangeDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problems = new Dictionary<string, string>(Change.Problems(draft.Title, draft.Description));
        var owner = draft.OwnerId is { } ownerId ? await db.People.SingleOrDefaultAsync(p => p.Id == ownerId, ct) : null;
        if (draft.OwnerId is null) problems["ownerId"] = "Pick the person who owns the change.";
        else if (owner is null) problems["ownerId"] = $"There is no person with id {draft.OwnerId}.";
        if (problems.Count > 0) return ChangeResult.Invalid(problems);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = Change.FormatNumber(await db.NextSequenceAsync(Change.Prefix, ct));
        db.Changes.Add(Change.Request(draft.Title!, draft.Description, owner!, number, by, now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        feed.Publish([BoardEvent.OfLinked(BoardEventType.ChangeChanged, number, now)]);
        return ChangeResult.Done(number);
    }

    public async Task<ChangeResult> ActAsync(string number, ChangeActionRequest request, string by, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(request.Action))
        {
            return WorkItemResults.Invalid("action", $"Say which action to take: one of {string.Join(", ", Enum.GetNames<ChangeAction>())}.");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var change = await db.Changes.SingleOrDefaultAsync(c => c.Number == number, ct);
        if (change is null) return WorkItemResults.NotFound("change", number);
        var now = clock.GetUtcNow();
        var outcome = request.Action switch
        {
            ChangeAction.Approve => change.Approve(by, now),
            ChangeAction.Schedule => change.Schedule(request.PlannedStart, request.PlannedEnd, by, now),
            ChangeAction.Implement => change.Implement(by, now),
            ChangeAction.Close => change.Close(by, now),
            _ => change.Cancel(request.Note, by, now),
        };
        if (!outcome.Succeeded) return ChangeResult.Refused(number, outcome);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Refused(number, Outcome.Refused($"{number} was changed by someone else while you worked on it; reload it and try again."));
        }
        feed.Publish([BoardEvent.OfLinked(BoardEventType.ChangeChanged, number, now)]);
        return ChangeResult.Done(number);
    }
}

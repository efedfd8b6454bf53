using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Problems;

/// <summary>
/// Opens problems and moves them along their lifecycle; each change is saved with its history and published
/// (ProblemChanged) after the commit, so pages showing a linked record update. A refused change leaves the problem as it was.
/// Linking a record to a problem is a record action (RecordAction.LinkProblem through RecordActionService).
/// </summary>
public sealed class ProblemService(IDbContextFactory<OpsBoardDb> dbs, ChangeFeed feed, TimeProvider clock)
{
    /// <summary>Opens a problem owned by the draft's owner; the result names the new PRB number, or every field at fault.</summary>
    public async Task<ChangeResult> OpenAsync(ProblemDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problems = new Dictionary<string, string>(Problem.Problems(draft.Title, draft.Description));
        var owner = draft.OwnerId is { } ownerId ? await db.People.SingleOrDefaultAsync(p => p.Id == ownerId, ct) : null;
        if (draft.OwnerId is null) problems["ownerId"] = "Pick the person who owns the problem.";
        else if (owner is null) problems["ownerId"] = $"There is no person with id {draft.OwnerId}.";
        if (problems.Count > 0) return ChangeResult.Invalid(problems);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = Problem.FormatNumber(await db.NextSequenceAsync(Problem.Prefix, ct));
        db.Problems.Add(Problem.Open(draft.Title!, draft.Description, owner!, number, by, now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        feed.Publish([BoardEvent.OfLinked(BoardEventType.ProblemChanged, number, now)]);
        return ChangeResult.Done(number);
    }

    public async Task<ChangeResult> ActAsync(string number, ProblemActionRequest request, string by, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(request.Action))
        {
            return WorkItemResults.Invalid("action", $"Say which action to take: one of {string.Join(", ", Enum.GetNames<ProblemAction>())}.");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problem = await db.Problems.SingleOrDefaultAsync(p => p.Number == number, ct);
        if (problem is null) return WorkItemResults.NotFound("problem", number);
        var now = clock.GetUtcNow();
        var outcome = request.Action switch
        {
            ProblemAction.Investigate => problem.Investigate(by, now),
            ProblemAction.RecordKnownError => problem.RecordKnownError(request.Note, by, now),
            ProblemAction.Resolve => problem.Resolve(request.Note, by, now),
            _ => problem.Close(by, now),
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
        feed.Publish([BoardEvent.OfLinked(BoardEventType.ProblemChanged, number, now)]);
        return ChangeResult.Done(number);
    }
}

using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Changes;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Recording;

/// <summary>
/// The record actions that name a problem or change by number (link, unlink, pend awaiting a change): finds it, then
/// leaves the rules to the record (Record.Links.cs). Used by RecordActionService inside its unit of work.
/// </summary>
public static class RecordLinks
{
    public static async Task<Outcome> ApplyAsync(OpsBoardDb db, Record record, RecordActionRequest request, string by, DateTimeOffset now, CancellationToken ct)
    {
        switch (request.Action)
        {
            case RecordAction.LinkProblem:
                if (string.IsNullOrWhiteSpace(request.ProblemNumber)) return Outcome.Refused("Enter the number of the problem to link, such as PRB0000001.", "problemNumber");
                var number = request.ProblemNumber.Trim().ToUpperInvariant();
                var problem = await db.Problems.SingleOrDefaultAsync(p => p.Number == number, ct);
                return problem is null ? Outcome.Refused($"There is no problem {number}; check the number.", "problemNumber") : record.LinkProblem(problem, by, now);
            case RecordAction.UnlinkProblem:
                return record.UnlinkProblem(by, now);
            default:
                var (change, missing) = await FindChangeAsync(db, request.ChangeNumber, ct);
                if (change is null) return missing ?? Outcome.Refused("Enter the number of the change, such as CHG0000001.", "changeNumber");
                return request.Action == RecordAction.LinkChange ? record.LinkChange(change, by, now) : record.UnlinkChange(change, by, now);
        }
    }

    /// <summary>Pend: awaiting a change, the change named by number (the record refuses when none is named).</summary>
    public static async Task<Outcome> PendAsync(OpsBoardDb db, Record record, PendingReason reason, string? changeNumber, string by, DateTimeOffset now, CancellationToken ct)
    {
        if (reason != PendingReason.AwaitingChange) return record.Pend(reason, by, now);
        var (change, missing) = await FindChangeAsync(db, changeNumber, ct);
        return missing ?? record.Pend(reason, by, now, change);
    }

    // No number is no change (the caller says what that means); an unknown number is a refusal.
    private static async Task<(Change? Change, Outcome? Missing)> FindChangeAsync(OpsBoardDb db, string? changeNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(changeNumber)) return (null, null);
        var number = changeNumber.Trim().ToUpperInvariant();
        var change = await db.Changes.SingleOrDefaultAsync(c => c.Number == number, ct);
        return change is null ? (null, Outcome.Refused($"There is no change {number}; check the number.", "changeNumber")) : (change, null);
    }
}

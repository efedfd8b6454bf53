using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Recording;

/// <summary>
/// Closes each Resolved record whose business days without a reopen have passed, through the same action a person
/// takes, so history, clocks and concurrency work as they do for anyone. Reads only records resolved long enough ago.
/// </summary>
public sealed class AutoCloseJob(IDbContextFactory<OpsBoardDb> dbs, AutoCloseRule rules, RecordActionService actions, TimeProvider clock, ILogger<AutoCloseJob> log)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var rule = await rules.GetAsync(ct);
        var cutoff = rule.ResolvedNoLaterThan(now);
        List<(string Number, DateTimeOffset ResolvedAt)> candidates;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var rows = await db.Records.AsNoTracking()
                .Where(r => r.Status == Status.Resolved && r.ResolvedAt <= cutoff)
                .Select(r => new { r.Number, r.ResolvedAt })
                .ToListAsync(ct);
            candidates = [.. rows.Select(r => (r.Number, r.ResolvedAt!.Value))];
        }
        var closed = 0;
        foreach (var (number, resolvedAt) in candidates.Where(c => rule.ClosesAt(c.ResolvedAt) <= now))
        {
            var result = await actions.ActAsync(number, new RecordActionRequest { Action = RecordAction.Close }, AutoClose.By, ct);
            if (result.Succeeded) closed++;
            // A person reopened or closed it a moment ago: theirs stands.
            else log.LogInformation("Auto-close left {Number} alone: {Reason}", number, result.Message);
        }
        return closed;
    }
}

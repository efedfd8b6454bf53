using OpsBoard.Domain.Calendars;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Web.Features.Reports;

/// <summary>
/// How a record's own target was used by each group that held it: the clock's counted time at the end of a hold less
/// its counted time at the hold's start, by the domain's clock arithmetic, so the shares add up to the target's use.
/// </summary>
public static class RelayShares
{
    /// <param name="target">The record's own (end-to-end) target, with its pauses.</param>
    /// <param name="segments">The record's segment clocks: who held it from when.</param>
    /// <param name="until">Where a target still running is read to (the period's end, or now if that is sooner).</param>
    /// <param name="recordGroupId">The group named when the record has no segment clocks.</param>
    public static IEnumerable<RelayShare> Of(OlaTarget target, IEnumerable<OlaTarget> segments, BusinessCalendar calendar, DateTimeOffset until, int recordGroupId)
    {
        var facts = target.Facts;
        var end = target.StoppedAt ?? until;
        var holders = ClockExplanation.HoldersOf(target, segments).OrderBy(h => h.From).ToList();
        if (holders.Count == 0) holders.Add(new ClockHolder(facts.Start, recordGroupId));
        var used = new Dictionary<int, TimeSpan>();
        var order = new List<int>();
        for (var i = 0; i < holders.Count; i++)
        {
            // Before the first hold (never, in practice) counts for the first holder, as ClockExplanation names it.
            var from = i == 0 ? facts.Start : holders[i].From;
            var to = i + 1 < holders.Count ? holders[i + 1].From : end;
            if (to > end) to = end;
            var group = holders[i].SupportGroupId ?? recordGroupId;
            var share = to > from ? OlaClock.UsedAt(facts, calendar, to) - OlaClock.UsedAt(facts, calendar, from) : TimeSpan.Zero;
            if (!used.ContainsKey(group)) order.Add(group);
            used[group] = used.GetValueOrDefault(group) + share;
        }
        return order.Select(g => new RelayShare(target.RecordId, g, used[g], target.Target));
    }
}

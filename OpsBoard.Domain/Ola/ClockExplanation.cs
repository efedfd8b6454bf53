using OpsBoard.Domain.Calendars;

namespace OpsBoard.Domain.Ola;

/// <summary>
/// Explains a clock so a person can check its due time by hand: its timeline from start to stop (or now) cut into
/// consecutive pieces, in hours, out of hours or paused, each with the group that held the record. The pieces in hours
/// add up to exactly what <see cref="OlaClock.UsedAt"/> counts, because they come from the same running spans and windows.
/// </summary>
public static class ClockExplanation
{
    public static IReadOnlyList<ClockSpan> Explain(ClockFacts facts, BusinessCalendar calendar, DateTimeOffset now, IReadOnlyList<ClockHolder> holders)
    {
        var end = facts.StoppedAt is { } stop && stop < now ? stop : now;
        var pieces = new List<ClockSpan>();
        if (end <= facts.Start) return pieces;

        var cursor = facts.Start;
        foreach (var running in OlaClock.RunningSpans(facts))
        {
            if (running.Start >= end) break;
            var runEnd = running.End < end ? running.End : end;
            if (running.Start > cursor) AddPaused(pieces, facts.Pauses, cursor, running.Start);
            AddRunning(pieces, calendar, running.Start, runEnd);
            cursor = runEnd;
        }
        if (cursor < end) AddPaused(pieces, facts.Pauses, cursor, end);
        return Merge(SplitByHolder(pieces, holders));
    }

    /// <summary>
    /// Who held the record while <paramref name="clock"/> ran: a segment's clock belongs to its own group; the record's
    /// end-to-end target passes from group to group as each segment starts.
    /// </summary>
    public static IReadOnlyList<ClockHolder> HoldersOf(OlaTarget clock, IEnumerable<OlaTarget> recordClocks) =>
        clock.Kind != OlaTargetKind.RecordResolution
            ? [new ClockHolder(clock.Start, clock.SupportGroupId)]
            : [.. recordClocks.Where(c => c.Segment > 0).GroupBy(c => c.Segment).OrderBy(g => g.Key)
                .Select(g => new ClockHolder(g.Min(c => c.Start), g.First().SupportGroupId))];

    private static void AddRunning(List<ClockSpan> pieces, BusinessCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        var at = from;
        foreach (var window in calendar.Windows(from, to))
        {
            if (window.Start > at) pieces.Add(new ClockSpan(ClockSpanKind.OutOfHours, at, window.Start, TimeSpan.Zero, null));
            pieces.Add(new ClockSpan(ClockSpanKind.InHours, window.Start, window.End, window.Length, null));
            at = window.End;
        }
        if (at < to) pieces.Add(new ClockSpan(ClockSpanKind.OutOfHours, at, to, TimeSpan.Zero, null));
    }

    // The gap [from, to) is where no running span is: label each part with the pause that covers it.
    private static void AddPaused(List<ClockSpan> pieces, IReadOnlyList<ClockPause> pauses, DateTimeOffset from, DateTimeOffset to)
    {
        var at = from;
        foreach (var pause in pauses.OrderBy(p => p.Start))
        {
            var pauseEnd = pause.End ?? DateTimeOffset.MaxValue;
            if (pauseEnd <= at || pause.Start >= to) continue;
            var start = pause.Start > at ? pause.Start : at;
            if (start > at) pieces.Add(new ClockSpan(ClockSpanKind.Paused, at, start, TimeSpan.Zero, null));
            at = pauseEnd < to ? pauseEnd : to;
            pieces.Add(new ClockSpan(ClockSpanKind.Paused, start, at, TimeSpan.Zero, null, pause.Reason, pause.By));
            if (at >= to) return;
        }
        if (at < to) pieces.Add(new ClockSpan(ClockSpanKind.Paused, at, to, TimeSpan.Zero, null));
    }

    private static List<ClockSpan> SplitByHolder(List<ClockSpan> pieces, IReadOnlyList<ClockHolder> holders)
    {
        var ordered = holders.OrderBy(h => h.From).ToList();
        var result = new List<ClockSpan>(pieces.Count);
        foreach (var piece in pieces)
        {
            var start = piece.Start;
            foreach (var holder in ordered.Where(h => h.From > piece.Start && h.From < piece.End))
            {
                result.Add(Part(piece, start, holder.From, ordered));
                start = holder.From;
            }
            result.Add(Part(piece, start, piece.End, ordered));
        }
        return result;
    }

    private static ClockSpan Part(ClockSpan piece, DateTimeOffset start, DateTimeOffset end, List<ClockHolder> holders) => piece with
    {
        Start = start,
        End = end,
        Counted = piece.Kind == ClockSpanKind.InHours ? end - start : TimeSpan.Zero,
        // Before the first holder (never, in practice) the first holder is named rather than nobody.
        SupportGroupId = holders.LastOrDefault(h => h.From <= start, holders.FirstOrDefault()).SupportGroupId,
    };

    // Adjacent pieces alike in every way but their instants read as one (a zero-length pause, a 24-hour working day).
    private static List<ClockSpan> Merge(List<ClockSpan> pieces)
    {
        var merged = new List<ClockSpan>(pieces.Count);
        foreach (var piece in pieces.Where(p => p.End > p.Start))
        {
            if (merged.Count > 0 && merged[^1] is var last && last.End == piece.Start && last.Kind == piece.Kind
                && last.SupportGroupId == piece.SupportGroupId && last.PauseReason == piece.PauseReason && last.PausedBy == piece.PausedBy)
            {
                merged[^1] = last with { End = piece.End, Counted = last.Counted + piece.Counted };
            }
            else
            {
                merged.Add(piece);
            }
        }
        return merged;
    }
}

using OpsBoard.Domain.Escalation;
using OpsBoard.Domain.Ola;

namespace OpsBoard.Domain.Records;

/// <summary>Ping-pong (<see cref="PingPong"/>): a record passed between groups too often raises a hierarchical escalation alert, once.</summary>
public sealed partial class Record
{
    public const string PingPongField = "Ping-pong alert";

    /// <summary>
    /// Raises the record's ping-pong alert when its route (its stored "Assignment group" history, then this change's) has more
    /// than <paramref name="allowedPasses"/> passes and it has not raised one before; writes it into the history, naming the
    /// service manager it is for. Null when nothing is raised.
    /// </summary>
    public JeopardyAlert? RaisePingPong(IEnumerable<HistoryEntry> stored, int allowedPasses, bool alreadyRaised, string? serviceManager, string by, DateTimeOffset now)
    {
        // The stored entries (read from the database), then those of this change the record holds and the database does not yet.
        var saved = stored.ToList();
        var route = PingPong.Route([.. saved, .. history.Where(h => !saved.Contains(h) && (h.Id == 0 || saved.All(s => s.Id != h.Id)))]);
        if (!PingPong.Raises(route, allowedPasses, alreadyRaised)) return null;
        var passes = PingPong.Passes(route);
        var text = Shorten(route);
        var alert = JeopardyAlert.PingPong(this, passes, text, now);
        var forWhom = serviceManager is null ? $"{Service?.Name ?? "the service"} has no service manager on record" : $"alert for {serviceManager}, service manager";
        Write(by, now, PingPongField, null, $"{PingPong.Describe(passes, text)}; {forWhom}");
        return alert;
    }

    // The route as stored and shown; a very long one keeps its latest groups.
    private static string Shorten(IReadOnlyList<string> route)
    {
        var text = PingPong.Join(route);
        for (var skip = 1; text.Length > JeopardyAlert.MaxRouteLength && skip < route.Count; skip++)
        {
            text = "... -> " + PingPong.Join([.. route.Skip(skip)]);
        }
        return text.Length > JeopardyAlert.MaxRouteLength ? text[^JeopardyAlert.MaxRouteLength..] : text;
    }
}

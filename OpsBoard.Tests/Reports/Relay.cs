namespace OpsBoard.Tests.Reports;

/// <summary>Decision 0012's relay: the record target's counted time inside each group's holds.</summary>
public static class Relay
{
    public static IReadOnlyDictionary<string, TimeSpan> SharesOf(ExpectedIncident incident, DateTimeOffset now)
    {
        var target = incident.RecordTarget;
        var shares = new Dictionary<string, TimeSpan>();
        foreach (var hold in incident.Holds)
        {
            var used = target.CountedIn(hold.Start, hold.End ?? now);
            shares[hold.Group] = shares.GetValueOrDefault(hold.Group) + used;
        }
        return shares;
    }
}

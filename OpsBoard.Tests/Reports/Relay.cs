namespace OpsBoard.Tests.Reports;

/// <summary>Decision 0012's relay: the record target's counted time inside each group's holds.</summary>
public static class Relay
{
    /// <param name="until">Where a target still running is read to: the period's end, or now if that is sooner.</param>
    public static IReadOnlyDictionary<string, TimeSpan> SharesOf(ExpectedIncident incident, DateTimeOffset until)
    {
        var target = incident.RecordTarget;
        var shares = new Dictionary<string, TimeSpan>();
        foreach (var hold in incident.Holds)
        {
            var used = target.CountedIn(hold.Start, hold.End ?? until);
            shares[hold.Group] = shares.GetValueOrDefault(hold.Group) + used;
        }
        return shares;
    }
}

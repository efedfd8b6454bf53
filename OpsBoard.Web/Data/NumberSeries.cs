namespace OpsBoard.Web.Data;

/// <summary>The last number issued for a record prefix (INC, REQ, EVT).</summary>
public sealed class NumberSeries
{
    public required string Prefix { get; init; }

    public long LastNumber { get; set; }
}

namespace OpsBoard.Domain.Records;

/// <summary>The categories a record may carry, per kind.</summary>
public static class Categories
{
    /// <summary>The category that makes a record a security incident (see <see cref="Record.IsSecurityIncident"/>).</summary>
    public const string Security = "Security";

    public static IReadOnlyList<string> Incident { get; } =
        ["Service unavailable", "Degraded performance", "Error message", "Data quality", "Access and authentication", "Integration failure", Security];

    public static IReadOnlyList<string> ServiceRequest { get; } =
        ["Access request", "Information request", "Configuration change", "Data extract", "Certificate renewal", "New account"];

    public static IReadOnlyList<string> Event { get; } =
        ["Availability", "Performance", "Capacity", "Error rate", "Certificate expiry", Security];

    public static IReadOnlyList<string> For(RecordKind kind) => kind switch
    {
        RecordKind.Incident => Incident,
        RecordKind.ServiceRequest => ServiceRequest,
        _ => Event,
    };
}

namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md's security incidents (seed 2.6): a flag that limits who can see the record. It is set when the record is
/// opened or reclassified with the category Security, or on open when the person recording it says so; once set it stays,
/// and the history says when and by whom.
/// </summary>
public sealed partial class Record
{
    public const string SecurityIncidentField = "Security incident";

    public bool IsSecurityIncident { get; private set; }

    /// <summary>Whether a record of this category is a security incident.</summary>
    public static bool IsSecurityCategory(string? category) => category == Categories.Security;

    private void FlagSecurityIncident(string reason, string by, DateTimeOffset now)
    {
        if (IsSecurityIncident) return;
        IsSecurityIncident = true;
        Write(by, now, SecurityIncidentField, null, $"Flagged: {reason}; visible only to security analysts and administrators");
    }
}

using OpsBoard.Domain.Cmdb;

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

    /// <summary>
    /// Sends an open security incident to the security group, saying why in the history. Without a security group it stays
    /// where it is and the history says so; a record already there, or not a security incident, is left alone.
    /// </summary>
    public Outcome RouteToSecurityGroup(SupportGroup? securityGroup, string by, DateTimeOffset now)
    {
        if (!IsSecurityIncident || !IsOpen) return Outcome.Done;
        if (securityGroup is null)
        {
            Write(by, now, RoutingField, null, $"No support group is marked as the security group, so this security incident stays with {AssignmentGroup?.Name}; an administrator can mark one under Admin, Support groups.");
            return Outcome.Done;
        }
        if (IsHeldBy(securityGroup)) return Outcome.Done;
        var assigned = AssignTo(securityGroup, null, by, now);
        Write(by, now, RoutingField, null, assigned.Succeeded
            ? $"Security incidents go to the security group, so this record went to {securityGroup.Name}."
            : $"Security incidents go to the security group, but this record could not go to {securityGroup.Name}: {assigned.Reason}");
        return assigned;
    }

    public const string RoutingField = "Routing";
}


namespace OpsBoard.Web.Features.Records;

/// <summary>
/// What someone who may not see security incidents is told after recording one, or reclassifying a record into one: its
/// number and that it has left their view. Nothing more of the record is shown to them.
/// </summary>
public sealed record SecurityIncidentNotice(string Number, bool SecurityIncident, string Message)
{
    public static SecurityIncidentNotice Recorded(string number) =>
        new(number, true, $"{number} is recorded as a security incident; only security analysts and administrators can see it from now on.");

    public static SecurityIncidentNotice Reclassified(string number) =>
        new(number, true, $"{number} is now a security incident; only security analysts and administrators can see it from now on.");
}

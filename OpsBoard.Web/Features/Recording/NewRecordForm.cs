using OpsBoard.Domain.Records;

namespace OpsBoard.Web.Features.Recording;

/// <summary>What the SOC has typed so far on the new-record form; 0 means "not chosen" for the ids.</summary>
public sealed class NewRecordForm
{
    public RecordKind Kind { get; set; } = RecordKind.Incident;
    public string? Caller { get; set; }
    public Channel Channel { get; set; } = Channel.Phone;
    public int ServiceId { get; set; }
    public int ConfigurationItemId { get; set; }
    public string? Category { get; set; }
    public Impact Impact { get; set; } = Impact.Medium;
    public Urgency Urgency { get; set; } = Urgency.Medium;
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int AssignmentGroupId { get; set; }
    public int AssigneeId { get; set; }
    public bool ResolveAtFirstContact { get; set; }
    public ResolutionCode ResolutionCode { get; set; } = ResolutionCode.AdviceGiven;
    public string? ResolutionNote { get; set; }
    public bool SecurityIncident { get; set; }

    public NewRecordRequest ToRequest() => new()
    {
        Kind = Kind,
        Caller = Caller,
        Channel = Channel,
        ServiceId = ServiceId,
        ConfigurationItemId = ConfigurationItemId == 0 ? null : ConfigurationItemId,
        Category = Category,
        Impact = Impact,
        Urgency = Urgency,
        Title = Title,
        Description = Description,
        AssignmentGroupId = ResolveAtFirstContact || AssignmentGroupId == 0 ? null : AssignmentGroupId,
        AssigneeId = ResolveAtFirstContact || AssignmentGroupId == 0 || AssigneeId == 0 ? null : AssigneeId,
        ResolveAtFirstContact = ResolveAtFirstContact,
        ResolutionCode = ResolveAtFirstContact ? ResolutionCode : null,
        ResolutionNote = ResolveAtFirstContact ? ResolutionNote : null,
        SecurityIncident = Kind != RecordKind.ServiceRequest && SecurityIncident,
    };
}

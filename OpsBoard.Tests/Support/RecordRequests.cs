using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Support;

/// <summary>Valid requests to open a record against a service from the catalogue; tests change one field with <c>with</c>.</summary>
public static class RecordRequests
{
    public static NewRecordRequest Incident(ServiceOption service) => Of(RecordKind.Incident, service);

    public static NewRecordRequest Of(RecordKind kind, ServiceOption service) => new()
    {
        Kind = kind,
        Title = $"{service.Name} is slow for users in Leeds",
        Description = "Pages take over ten seconds to load.",
        Caller = kind == RecordKind.Event ? null : "Jane Smith, Leeds Teaching Hospitals",
        Channel = kind == RecordKind.Event ? Channel.Automation : Channel.Phone,
        ServiceId = service.Id,
        ConfigurationItemId = service.Items[0].Id,
        Category = Categories.For(kind)[0],
        Impact = Impact.Medium,
        Urgency = Urgency.Medium,
    };
}

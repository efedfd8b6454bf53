using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Recording;

/// <summary>Opens records for the SOC: validates against the CMDB, numbers the record and saves it with its history.</summary>
public sealed class RecordingService(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, ChangeFeed feed, TimeProvider clock)
{
    public async Task<ChangeResult> OpenAsync(NewRecordRequest request, string by, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var problems = new Dictionary<string, string>();
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == request.ServiceId, ct);
        if (service is null)
        {
            problems["serviceId"] = request.ServiceId == 0
                ? "Pick the service the contact is about."
                : $"There is no service with id {request.ServiceId}; pick one of the services in the CMDB.";
        }
        var item = request.ConfigurationItemId is { } itemId
            ? await db.ConfigurationItems.SingleOrDefaultAsync(c => c.Id == itemId, ct)
            : null;
        if (request.ConfigurationItemId is not null && item is null)
        {
            problems["configurationItemId"] = $"There is no configuration item with id {request.ConfigurationItemId}.";
        }
        // Retired CMDB items stay on old records but take no new ones.
        if (service is { IsRetired: true }) problems["serviceId"] = $"{service.Name} is retired; pick a current service.";
        if (item is { IsRetired: true }) problems["configurationItemId"] = $"{item.Name} is retired; pick a current configuration item or none.";
        var soc = await db.SupportGroups.OrderBy(g => g.Id).FirstOrDefaultAsync(g => g.Line == 1, ct);
        if (soc is null)
        {
            problems["assignmentGroupId"] = "No Service Operations Centre group (line 1) exists; an administrator must create one.";
        }
        SupportGroup? target = null;
        Person? assignee = null;
        if (request.AssignmentGroupId is { } groupId)
        {
            target = await db.SupportGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, ct);
            if (target is null) problems["assignmentGroupId"] = $"There is no support group with id {groupId}.";
            assignee = request.AssigneeId is { } personId ? target?.Members.SingleOrDefault(p => p.Id == personId) : null;
            if (request.AssigneeId is not null && target is not null && assignee is null)
                problems["assigneeId"] = $"Person {request.AssigneeId} is not a member of {target.Name}.";
        }
        if (request.ResolveAtFirstContact && request.AssignmentGroupId is not null)
        {
            problems["resolveAtFirstContact"] = "A record resolved at first contact stays with the SOC; clear the assignment group or untick resolve.";
        }
        RecordDetails Details(Service forService, ConfigurationItem? withItem) => new(request.Kind, request.Title ?? string.Empty,
            request.Description, request.Caller, request.Channel, forService, withItem, request.Category ?? string.Empty, request.Impact, request.Urgency, request.SecurityIncident);
        if (service is null || soc is null)
        {
            // Check the other fields too, so a form shows every problem at once instead of one save per problem.
            foreach (var (field, message) in Details(new Service(string.Empty, string.Empty, null, null), null).Problems()) problems.TryAdd(field, message);
            return ChangeResult.Invalid(problems);
        }
        var details = Details(service, item);
        // The domain names the configuration item; the request (and so the form and the API) names its id.
        foreach (var (field, message) in details.Problems()) problems.TryAdd(field == "configurationItem" ? "configurationItemId" : field, message);
        if (!Enum.IsDefined(request.Kind)) problems["kind"] = "Kind must be Incident, ServiceRequest or Event.";
        if (!Enum.IsDefined(request.Channel)) problems["channel"] = "Channel must be Phone, Email, Portal, WalkIn or Automation.";
        if (problems.Count > 0) return ChangeResult.Invalid(problems);

        var now = clock.GetUtcNow();
        // Read before the number is taken: the number series' row stays locked until the commit, so other records wait meanwhile.
        var matrix = await db.LoadPriorityMatrixAsync(ct);
        var book = await policies.GetAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await db.NextNumberAsync(request.Kind, ct);
        var record = Record.Open(details, number, matrix, soc, by, now);
        var securityGroup = record.IsSecurityIncident && !request.ResolveAtFirstContact ? await db.SecurityGroupAsync(ct) : null;
        // A security incident goes to the security group whatever group was picked; without one, the pick stands and the history says so.
        var followUp = securityGroup is null ? FollowUp(record, request, target, assignee, by, now) : Outcome.Done;
        if (followUp.Succeeded && !request.ResolveAtFirstContact) followUp = record.RouteToSecurityGroup(securityGroup, by, now);
        if (!followUp.Succeeded)
        {
            return ChangeResult.Invalid(new Dictionary<string, string> { [followUp.Field ?? "record"] = followUp.Reason! });
        }
        var clocks = ClockKeeper.Keep(db, record, book, by, now);
        db.Records.Add(record);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        feed.Publish(BoardEvents.Of(BoardEventType.RecordCreated, record, clocks, now));
        return ChangeResult.Done(number);
    }

    private static Outcome FollowUp(Record record, NewRecordRequest request, SupportGroup? target, Person? assignee, string by, DateTimeOffset now)
    {
        if (request.ResolveAtFirstContact)
        {
            var acknowledged = record.Acknowledge(by, now);
            if (!acknowledged.Succeeded) return acknowledged;
            return record.Resolve(request.ResolutionCode ?? ResolutionCode.Fixed, request.ResolutionNote, by, now) is { Succeeded: false } refused
                ? refused with { Field = refused.Field == "note" ? "resolutionNote" : refused.Field }
                : Outcome.Done;
        }
        return target is null ? Outcome.Done : record.AssignTo(target, assignee, by, now);
    }
}

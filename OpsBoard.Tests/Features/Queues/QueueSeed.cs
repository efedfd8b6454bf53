using Microsoft.Extensions.Time.Testing;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Queues;

/// <summary>One record the queue tests opened, with what the queue should know about it.</summary>
public sealed record Seeded(string Number, RecordKind Kind, string Title, Priority Priority, Status Status, int GroupId, int ServiceId, DateTimeOffset OpenedAt);

/// <summary>
/// Eight records of every kind, five priorities and six statuses over three services, opened ten minutes apart,
/// made through the real services. Index in the list = order opened.
/// </summary>
public static class QueueSeed
{
    public static async Task<(IReadOnlyList<Seeded> Records, CatalogueView Catalogue)> CreateAsync(TestDatabase database, FakeTimeProvider clock)
    {
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var (a, b, c) = (catalogue.Services[0], catalogue.Services[1], catalogue.Services[2]);
        var soc = catalogue.Groups.Single(g => g.Line == 1).Id;
        var recording = new RecordingService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        var actions = new RecordActionService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        var seeded = new List<Seeded>();

        async Task Open(RecordKind kind, string title, ServiceOption service, Impact impact, Urgency urgency, Priority priority, Status status,
            bool resolveAtFirstContact = false, params RecordActionRequest[] steps)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            var openedAt = clock.GetUtcNow();
            var request = RecordRequests.Of(kind, service) with
            {
                Title = title, Impact = impact, Urgency = urgency, ResolveAtFirstContact = resolveAtFirstContact,
                ResolutionNote = resolveAtFirstContact ? "Cleared the app cache with the caller." : null,
            };
            var opened = await recording.OpenAsync(request, "Seed");
            Assert.True(opened.Succeeded, opened.Message);
            foreach (var step in steps)
            {
                var result = await actions.ActAsync(opened.Number!, step, "Seed");
                Assert.True(result.Succeeded, result.Message);
            }
            var group = steps.LastOrDefault(s => s.Action == RecordAction.Assign)?.GroupId ?? soc;
            seeded.Add(new Seeded(opened.Number!, kind, title, priority, status, group, service.Id, openedAt));
        }

        RecordActionRequest Assign(ServiceOption service) => new() { Action = RecordAction.Assign, GroupId = service.SecondLineGroupId };
        var acknowledge = new RecordActionRequest { Action = RecordAction.Acknowledge };
        var resolve = new RecordActionRequest { Action = RecordAction.Resolve, ResolutionCode = ResolutionCode.Fixed, Note = "Fixed." };

        await Open(RecordKind.Incident, "Spine Core down for all users", a, Impact.High, Urgency.High, Priority.P1, Status.New);
        await Open(RecordKind.Incident, "Slow worklists for referrers", b, Impact.Medium, Urgency.Medium, Priority.P3, Status.Assigned, false, Assign(b));
        await Open(RecordKind.ServiceRequest, "Access request for new starter", c, Impact.Low, Urgency.Low, Priority.P5, Status.InProgress, false,
            Assign(c), acknowledge);
        await Open(RecordKind.Incident, "Error 500 from the tracker", a, Impact.High, Urgency.Medium, Priority.P2, Status.Pending, false,
            Assign(a), acknowledge, new RecordActionRequest { Action = RecordAction.Pend, PendingReason = PendingReason.AwaitingSupplier });
        await Open(RecordKind.Incident, "App login loop on Android", b, Impact.Medium, Urgency.High, Priority.P2, Status.Resolved, true);
        await Open(RecordKind.Event, "CPU above 90% on the spine database", a, Impact.Medium, Urgency.Low, Priority.P4, Status.New);
        await Open(RecordKind.Incident, "Disk 100% full_ on viewer", c, Impact.Low, Urgency.Medium, Priority.P4, Status.Cancelled, false,
            new RecordActionRequest { Action = RecordAction.Cancel, Note = "Duplicate." });
        await Open(RecordKind.ServiceRequest, "Renew certificate for the API", a, Impact.Medium, Urgency.Medium, Priority.P3, Status.Closed, false,
            Assign(a), acknowledge, resolve, new RecordActionRequest { Action = RecordAction.Close });
        return (seeded, catalogue);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Cmdb;

/// <summary>Security incidents go to the group marked as the security group, when opened or reclassified, over a real database.</summary>
public sealed class SecurityRoutingTests
{
    private const string Analyst = "Test SOC analyst";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task OpenAsync_SendsASecurityRecord_ToTheSecurityGroup_EvenWhenAnotherGroupWasPicked()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        var service = catalogue.Services[0];

        var result = await Recording(database).OpenAsync(RecordRequests.Incident(service) with { Category = Categories.Security, AssignmentGroupId = service.SecondLineGroupId }, Analyst);

        Assert.True(result.Succeeded, result.Message);
        var record = await LoadAsync(database, result.Number!);
        Assert.Equal(("2nd line Cyber Security", Status.Assigned), (record.AssignmentGroup!.Name, record.Status));
        Assert.Contains(record.History, h => h.Field == Record.RoutingField && h.NewValue == "Security incidents go to the security group, so this record went to 2nd line Cyber Security.");
    }

    [Fact]
    public async Task OpenAsync_KeepsThePickedGroup_WhenNoGroupIsTheSecurityGroup_AndSaysSo()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            (await db.SupportGroups.SingleAsync(g => g.IsSecurityGroup)).UnmarkAsSecurityGroup();
            await db.SaveChangesAsync();
        }
        var service = (await new CmdbCatalogue(database.Factory).GetAsync()).Services[0];

        var result = await Recording(database).OpenAsync(RecordRequests.Incident(service) with { SecurityIncident = true, AssignmentGroupId = service.SecondLineGroupId }, Analyst);

        var record = await LoadAsync(database, result.Number!);
        Assert.Equal(service.SecondLineGroupId, record.AssignmentGroupId);
        Assert.Contains(record.History, h => h.Field == Record.RoutingField && h.NewValue!.StartsWith("No support group is marked as the security group", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reclassify_WithTheCategorySecurity_MovesTheRecordToTheSecurityGroup()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var service = (await new CmdbCatalogue(database.Factory).GetAsync()).Services[0];
        var opened = await Recording(database).OpenAsync(RecordRequests.Incident(service), Analyst);
        clock.Advance(TimeSpan.FromMinutes(3));

        var result = await new RecordActionService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock)
            .ActAsync(opened.Number!, new RecordActionRequest { Action = RecordAction.Reclassify, Category = Categories.Security }, Analyst);

        Assert.True(result.Succeeded, result.Message);
        var record = await LoadAsync(database, opened.Number!);
        Assert.True(record.IsSecurityIncident);
        Assert.Equal("2nd line Cyber Security", record.AssignmentGroup!.Name);
    }

    private RecordingService Recording(TestDatabase database) => new(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);

    private static async Task<Record> LoadAsync(TestDatabase database, string number)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Records.Include(r => r.AssignmentGroup).Include(r => r.History).SingleAsync(r => r.Number == number);
    }
}

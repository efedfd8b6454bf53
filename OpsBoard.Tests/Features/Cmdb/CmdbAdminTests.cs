using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Cmdb;
using OpsBoard.Web.Features.Cmdb.Sheets;

namespace OpsBoard.Tests.Features.Cmdb;

/// <summary>The CMDB admin service over a real SQLite database with the demo CMDB: edits, retiring, and the audit log.</summary>
public sealed class CmdbAdminTests : IAsyncLifetime
{
    private const string Administrator = "Test administrator";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private CmdbAdmin admin = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        admin = new CmdbAdmin(database.Factory, clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<T> QueryAsync<T>(Func<OpsBoardDb, Task<T>> query)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await query(db);
    }

    private async Task<SheetRow> RowAsync(CmdbKind kind, string key) =>
        (await admin.ListAsync(kind)).Rows.Single(r => r.Values.Contains(key));

    [Fact]
    public async Task SaveNewService_AddsIt_AndAuditsWhatWasAdded()
    {
        var result = await admin.SaveAsync(CmdbKind.Services, RowTarget.New, ["Pathology", "Lab results", "ruth.okafor@opsboard.example", "2nd line Spine", "no"], Administrator);

        Assert.True(result.Succeeded, result.Message);
        var service = await QueryAsync(db => db.Services.Include(s => s.ServiceManager).Include(s => s.SecondLineGroup).SingleAsync(s => s.Name == "Pathology"));
        Assert.Equal(("Ruth Okafor", "2nd line Spine"), (service.ServiceManager!.Name, service.SecondLineGroup!.Name));
        var audit = await QueryAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal((AuditArea.Cmdb, "Service \"Pathology\"", Administrator, TestClock.MondayMorning), (audit.Area, audit.Subject, audit.By, audit.At));
        Assert.Contains("Service manager: ruth.okafor@opsboard.example", audit.Change);
    }

    [Fact]
    public async Task SaveService_IsRefused_ForADuplicateName_OrAnUnknownReference_AndNothingChanges()
    {
        var spine = await RowAsync(CmdbKind.Services, "Spine Messaging Service");

        var duplicate = await admin.SaveAsync(CmdbKind.Services, RowTarget.Existing(spine.Id), ["GP Connect", "", "", "", "no"], Administrator);
        var unknown = await admin.SaveAsync(CmdbKind.Services, RowTarget.Existing(spine.Id), ["Spine Messaging Service", "", "nobody@example.org", "", "no"], Administrator);
        var empty = await admin.SaveAsync(CmdbKind.Services, RowTarget.New, [" ", "", "", "", "no"], Administrator);

        Assert.Equal("There is already a service called \"GP Connect\"; choose another name or edit that one.", duplicate.Problems[ServiceSheet.Name]);
        Assert.Equal("No person has the email nobody@example.org; add them under People first, or correct the email.", unknown.Problems[ServiceSheet.Manager]);
        Assert.Equal("Enter the service's name.", empty.Problems[ServiceSheet.Name]);
        Assert.Equal(spine.Values, (await RowAsync(CmdbKind.Services, "Spine Messaging Service")).Values);
        Assert.Equal(0, await QueryAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task SaveItem_WithItsOwnManager_AuditsTheChange_AndRetiringTakesItOffTheForms()
    {
        var item = await RowAsync(CmdbKind.ConfigurationItems, "Spine Core");
        var values = item.Values.ToArray();
        values[4] = "priya.shah@opsboard.example";

        var managed = await admin.SaveAsync(CmdbKind.ConfigurationItems, RowTarget.Existing(item.Id), values, Administrator);
        values[5] = "yes";
        var retired = await admin.SaveAsync(CmdbKind.ConfigurationItems, RowTarget.Existing(item.Id), values, Administrator);

        Assert.Equal("Service manager: (none) -> priya.shah@opsboard.example", managed.Change);
        Assert.Equal("Retired: no -> yes", retired.Change);
        var catalogue = await new CmdbCatalogue(database.Factory).GetAsync();
        Assert.DoesNotContain(catalogue.Services.SelectMany(s => s.Items), i => i.Name == "Spine Core");
        Assert.Equal(2, await QueryAsync(db => db.AuditLog.CountAsync(a => a.Subject == "Configuration item \"Spine Core\"")));
    }

    [Fact]
    public async Task SaveGroup_AddsAndRemovesMembers()
    {
        var group = await RowAsync(CmdbKind.SupportGroups, "2nd line Spine");
        var values = group.Values.ToArray();
        var members = GroupSheet.ParseMembers(values[4]).ToList();
        var leaving = members[0];
        values[4] = GroupSheet.MemberList([.. members.Skip(1), "ruth.okafor@opsboard.example"]);

        var result = await admin.SaveAsync(CmdbKind.SupportGroups, RowTarget.Existing(group.Id), values, Administrator);

        Assert.True(result.Succeeded, result.Message);
        var stored = await QueryAsync(db => db.SupportGroups.Include(g => g.Members).SingleAsync(g => g.Name == "2nd line Spine"));
        Assert.Contains(stored.Members, p => p.Email == "ruth.okafor@opsboard.example");
        Assert.DoesNotContain(stored.Members, p => p.Email == leaving);
        Assert.Contains("Members:", result.Change);
    }

    [Fact]
    public async Task MarkingAnotherSecurityGroup_UnmarksTheOldOne_AndAuditsBoth()
    {
        var platform = await RowAsync(CmdbKind.SupportGroups, "3rd line Platform");
        var values = platform.Values.ToArray();
        values[3] = "yes";

        var result = await admin.SaveAsync(CmdbKind.SupportGroups, RowTarget.Existing(platform.Id), values, Administrator);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["3rd line Platform"], await QueryAsync(db => db.SupportGroups.Where(g => g.IsSecurityGroup).Select(g => g.Name).ToListAsync()));
        Assert.Equal(2, await QueryAsync(db => db.AuditLog.CountAsync()));
        Assert.Contains("3rd line Platform is the security group now", await QueryAsync(db => db.AuditLog.Where(a => a.Subject == "Support group \"2nd line Cyber Security\"").Select(a => a.Change).SingleAsync()));
    }

    [Fact]
    public async Task RetiringTheSecurityGroup_IsRefused()
    {
        var security = await RowAsync(CmdbKind.SupportGroups, "2nd line Cyber Security");
        var values = security.Values.ToArray();
        values[5] = "yes";

        var result = await admin.SaveAsync(CmdbKind.SupportGroups, RowTarget.Existing(security.Id), values, Administrator);

        Assert.Contains("mark another group as the security group before retiring it", result.Problems[GroupSheet.Retired]);
        Assert.False(await QueryAsync(db => db.SupportGroups.Where(g => g.Name == "2nd line Cyber Security").Select(g => g.IsRetired).SingleAsync()));
    }

    [Fact]
    public async Task SavePerson_RefusesAnEmailSomeoneElseHas()
    {
        var result = await admin.SaveAsync(CmdbKind.People, RowTarget.New, ["Ruth Again", "RUTH.OKAFOR@opsboard.example", "", "no"], Administrator);

        Assert.Equal("Someone else already has the email RUTH.OKAFOR@opsboard.example; an email names one person.", result.Problems[PersonSheet.Email]);
    }
}

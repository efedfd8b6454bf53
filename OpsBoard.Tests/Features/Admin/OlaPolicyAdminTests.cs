using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Tests.Features.Admin;

public sealed class OlaPolicyAdminTests : IAsyncLifetime
{
    private const string Administrator = "Test administrator";

    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private OlaPolicyStore store = default!;
    private OlaPolicyAdmin admin = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        store = new OlaPolicyStore(database.Factory);
        admin = new OlaPolicyAdmin(database.Factory, store, clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task UpdateAsync_SavesAndAuditsOnce_AndTheStoreSeesIt_WhenEditIsValid()
    {
        var (id, p3) = await DefaultAsync(Priority.P3);
        await store.GetAsync(); // cached before the edit: the edit must invalidate it
        clock.Advance(TimeSpan.FromMinutes(5));

        var result = await admin.UpdateAsync(id, p3 with { Response = TimeSpan.FromMinutes(90), Thresholds = new JeopardyThresholds(60, 75, 100) }, Administrator);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Response: 2h -> 1h 30m; Watch: 50% -> 60%", result.Change);
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal((TestClock.MondayMorning.AddMinutes(5), Administrator, AuditArea.OlaPolicy, "Default P3", "Response: 2h -> 1h 30m; Watch: 50% -> 60%"),
            (entry.At, entry.By, entry.Area, entry.Subject, entry.Change));
        var book = await store.GetAsync();
        Assert.Equal(TimeSpan.FromMinutes(90), book.For(null, Priority.P3).Response);
        Assert.Equal(60, book.For(null, Priority.P3).Thresholds.WatchPercent);
    }

    [Theory]
    [InlineData("zero target", "response")]
    [InlineData("thresholds 50/50/100", "jeopardyPercent")]
    [InlineData("breached 90", "breachedPercent")]
    [InlineData("unknown calendar", "calendarName")]
    public async Task UpdateAsync_RefusesNamingTheField_AndChangesNothing_WhenEditIsInvalid(string edit, string field)
    {
        var (id, p3) = await DefaultAsync(Priority.P3);
        var before = await StoredAsync(id);
        var invalid = edit switch
        {
            "zero target" => p3 with { Response = TimeSpan.Zero },
            "thresholds 50/50/100" => p3 with { Thresholds = new JeopardyThresholds(50, 50, 100) },
            "breached 90" => p3 with { Thresholds = new JeopardyThresholds(50, 75, 90) },
            _ => p3 with { CalendarName = "Night shift" },
        };

        var result = await admin.UpdateAsync(id, invalid, Administrator);

        Assert.False(result.Succeeded);
        Assert.Equal([field], result.Problems.Keys);
        Assert.Equal(before, await StoredAsync(id));
        Assert.Empty(await AuditAsync());
        Assert.Equal(p3.Response, (await store.GetAsync()).For(null, Priority.P3).Response);
    }

    [Fact]
    public async Task UpdateAsync_WritesNothing_WhenNothingChanged()
    {
        var (id, p3) = await DefaultAsync(Priority.P3);

        var result = await admin.UpdateAsync(id, p3, Administrator);

        Assert.True(result.Unchanged);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task CreateAsync_AddsOverrideForThatGroupOnly_AndAuditsIt()
    {
        var groups = (await admin.ListAsync()).Groups;
        var spine = groups.Single(g => g.Name == "2nd line Spine");
        var other = groups.Single(g => g.Name == "2nd line EPS");
        var (_, p3) = await DefaultAsync(Priority.P3);

        var result = await admin.CreateAsync(p3 with { SupportGroupId = spine.Id, Resolution = TimeSpan.FromHours(20), CalendarName = "24X7" }, Administrator);

        Assert.True(result.Succeeded, result.Message);
        var book = await store.GetAsync();
        Assert.Equal((TimeSpan.FromHours(20), OlaPolicy.TwentyFourSeven), (book.For(spine.Id, Priority.P3).Resolution, book.For(spine.Id, Priority.P3).CalendarName));
        Assert.Equal(TimeSpan.FromHours(30), book.For(other.Id, Priority.P3).Resolution);
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal("2nd line Spine P3", entry.Subject);
        Assert.StartsWith("Added: response 2h, resolution 20h on 24x7", entry.Change);
        Assert.Contains((await admin.ListAsync()).Policies, p => p.GroupName == "2nd line Spine" && p.Policy.Priority == Priority.P3);
    }

    [Fact]
    public async Task CreateAsync_RefusesNamingPriority_WhenGroupAlreadyHasThatPriority()
    {
        var spine = (await admin.ListAsync()).Groups.Single(g => g.Name == "2nd line Spine");
        var (_, p3) = await DefaultAsync(Priority.P3);
        Assert.True((await admin.CreateAsync(p3 with { SupportGroupId = spine.Id }, Administrator)).Succeeded);

        var result = await admin.CreateAsync(p3 with { SupportGroupId = spine.Id, Response = TimeSpan.FromHours(1) }, Administrator);

        Assert.Equal(["priority"], result.Problems.Keys);
        Assert.Single(await AuditAsync());
    }

    [Fact]
    public async Task CreateAsync_RefusesNamingGroup_WhenNoGroupIsGiven()
    {
        var (_, p3) = await DefaultAsync(Priority.P3);

        var result = await admin.CreateAsync(p3, Administrator);

        Assert.Equal(["supportGroupId"], result.Problems.Keys);
    }

    [Fact]
    public async Task DeleteAsync_RefusesAndKeepsIt_WhenPolicyIsDefault()
    {
        var (id, _) = await DefaultAsync(Priority.P1);

        var result = await admin.DeleteAsync(id, Administrator);

        Assert.Equal(Web.Features.Recording.ChangeFailure.Refused, result.Failure);
        Assert.NotNull(await StoredAsync(id));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task DeleteAsync_RemovesOverride_AndGroupFallsBackOnDefault()
    {
        var spine = (await admin.ListAsync()).Groups.Single(g => g.Name == "2nd line Spine");
        var (_, p3) = await DefaultAsync(Priority.P3);
        await admin.CreateAsync(p3 with { SupportGroupId = spine.Id, Response = TimeSpan.FromHours(1) }, Administrator);
        var created = (await admin.ListAsync()).Policies.Single(p => !p.IsDefault);

        var result = await admin.DeleteAsync(created.Id, Administrator);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(TimeSpan.FromHours(2), (await store.GetAsync()).For(spine.Id, Priority.P3).Response);
        Assert.Equal(["2nd line Spine P3", "2nd line Spine P3"], (await AuditAsync()).Select(a => a.Subject));
        Assert.StartsWith("Deleted: response 1h", (await AuditAsync())[0].Change);
    }

    private async Task<(int Id, OlaPolicy Policy)> DefaultAsync(Priority priority)
    {
        var view = (await admin.ListAsync()).Policies.Single(p => p.IsDefault && p.Policy.Priority == priority);
        return (view.Id, view.Policy);
    }

    private async Task<string?> StoredAsync(int id)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var row = await db.OlaPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        return row is null ? null : System.Text.Json.JsonSerializer.Serialize(row);
    }

    /// <summary>The audit log, newest first.</summary>
    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync();
    }
}

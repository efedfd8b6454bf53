using Microsoft.EntityFrameworkCore;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Admin;

namespace OpsBoard.Tests.Features.Admin;

public sealed class AuditReaderTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        await using var db = await database.Factory.CreateDbContextAsync();
        for (var i = 0; i < 30; i++)
        {
            var area = i % 3 == 0 ? AuditArea.Calendar : AuditArea.OlaPolicy;
            db.AuditLog.Add(new AuditEntry(TestClock.MondayMorning.AddMinutes(i), i % 2 == 0 ? "Ada" : "Grace", area, $"Subject {i:00}", $"Response: {i}m -> {i + 1}m"));
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task SearchAsync_ListsNewestFirst_APageAtATime()
    {
        var page = await new AuditReader(database.Factory).SearchAsync(new AuditQuery(Page: 1, PageSize: 10));

        Assert.Equal(30, page.Total);
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"Subject {29 - i:00}"), page.Rows.Select(r => r.Subject));
    }

    [Fact]
    public async Task SearchAsync_FiltersByAreaAndText_IgnoringCase()
    {
        var page = await new AuditReader(database.Factory).SearchAsync(new AuditQuery(AuditArea.Calendar, "subject 2"));

        Assert.Equal(["Subject 27", "Subject 24", "Subject 21"], page.Rows.Select(r => r.Subject));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task SearchAsync_ListsEveryRecordChange_FromTheRecordsHistory()
    {
        await using var seeded = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 5);
        await using var db = await seeded.Factory.CreateDbContextAsync();
        var changes = await db.History.CountAsync();
        var newest = await db.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id).FirstAsync();
        var number = await db.Records.Where(r => r.Id == newest.RecordId).Select(r => r.Number).SingleAsync();

        var page = await new AuditReader(seeded.Factory).SearchAsync(new AuditQuery(AuditArea.Record, PageSize: 200));

        Assert.True(changes > 0);
        Assert.Equal(changes, page.Total);
        var first = page.Rows[0];
        Assert.Equal((number, newest.By, $"{newest.Field}: {newest.OldValue} -> {newest.NewValue}"), (first.Subject, first.By, first.Change));
        var ofOneRecord = await new AuditReader(seeded.Factory).SearchAsync(new AuditQuery(AuditArea.Record, number));
        Assert.Equal(await db.History.CountAsync(h => h.RecordId == newest.RecordId), ofOneRecord.Total);
    }

    [Fact]
    public async Task SaveChanges_Refuses_WhenAnEntryIsChanged()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var entry = db.AuditLog.OrderBy(a => a.Id).First();
        db.Entry(entry).Property(a => a.Change).CurrentValue = "rewritten";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}

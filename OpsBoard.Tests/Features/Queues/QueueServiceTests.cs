using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Queues;

namespace OpsBoard.Tests.Features.Queues;

public sealed class QueueServiceTests
{
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);

    [Fact]
    public async Task SearchAsync_ReturnsOnlyThatGroupsRecords_WhenFilteredByGroup()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, catalogue) = await QueueSeed.CreateAsync(database, clock);
        var group = catalogue.Groups.Single(g => g.Id == catalogue.Services[0].SecondLineGroupId);

        var page = await SearchAsync(database, new QueueFilter { GroupId = group.Id });

        Assert.Equal(Numbers(seeded, s => s.GroupId == group.Id), page.Rows.Select(r => r.Number).Order());
        Assert.Equal(2, page.Total);
        Assert.All(page.Rows, r => Assert.Equal((group.Name, catalogue.Services[0].Name), (r.AssignmentGroup, r.Service)));
    }

    [Theory]
    [InlineData(Status.New)]
    [InlineData(Status.Pending)]
    [InlineData(Status.Closed)]
    public async Task SearchAsync_ReturnsOnlyThatStatus_WhenFilteredByStatus(Status status)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);

        var page = await SearchAsync(database, new QueueFilter { Status = status });

        Assert.Equal(Numbers(seeded, s => s.Status == status), page.Rows.Select(r => r.Number).Order());
        Assert.All(page.Rows, r => Assert.Equal(status, r.Status));
    }

    [Fact]
    public async Task SearchAsync_HidesResolvedClosedAndCancelled_WhenOpenOnly()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);

        var page = await SearchAsync(database, new QueueFilter { OpenOnly = true });

        Assert.Equal(Numbers(seeded, s => s.Status is Status.New or Status.Assigned or Status.InProgress or Status.Pending), page.Rows.Select(r => r.Number).Order());
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public async Task SearchAsync_MatchesEveryFilter_WhenPriorityKindAndServiceGiven()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, catalogue) = await QueueSeed.CreateAsync(database, clock);
        var service = catalogue.Services[0].Id;

        var byPriority = await SearchAsync(database, new QueueFilter { Priority = Priority.P2 });
        var byKind = await SearchAsync(database, new QueueFilter { Kind = RecordKind.ServiceRequest });
        var byService = await SearchAsync(database, new QueueFilter { ServiceId = service });
        var combined = await SearchAsync(database, new QueueFilter { ServiceId = service, Kind = RecordKind.Incident, OpenOnly = true });

        Assert.Equal(Numbers(seeded, s => s.Priority == Priority.P2), byPriority.Rows.Select(r => r.Number).Order());
        Assert.Equal(Numbers(seeded, s => s.Kind == RecordKind.ServiceRequest), byKind.Rows.Select(r => r.Number).Order());
        Assert.Equal(Numbers(seeded, s => s.ServiceId == service), byService.Rows.Select(r => r.Number).Order());
        Assert.Equal([seeded[0].Number, seeded[3].Number], combined.Rows.Select(r => r.Number).Order());
    }

    [Theory]
    [InlineData("number", new[] { 2 })]
    [InlineData("number prefix in lower case", new[] { 0, 1, 3, 4, 6 })]
    [InlineData("SPINE", new[] { 0, 5 })]
    [InlineData("login LOOP", new[] { 4 })]
    [InlineData("100%", new[] { 6 })]
    [InlineData("%", new[] { 5, 6 })]
    [InlineData("_", new[] { 6 })]
    [InlineData("no such words", new int[0])]
    public async Task SearchAsync_MatchesNumberOrTitleIgnoringCase_WhenTextGiven(string text, int[] expected)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);
        var query = text switch { "number" => seeded[2].Number, "number prefix in lower case" => "inc00", _ => text };

        var page = await SearchAsync(database, new QueueFilter { Text = $" {query} " });

        Assert.Equal(expected.Select(i => seeded[i].Number).Order(), page.Rows.Select(r => r.Number).Order());
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task SearchAsync_SortsByPriorityThenOldestFirst_ByDefault()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);

        var page = await SearchAsync(database, new QueueFilter());

        Assert.Equal(new[] { 0, 3, 4, 1, 7, 5, 6, 2 }.Select(i => seeded[i].Number), page.Rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData(QueueSort.Opened, true)]
    [InlineData(QueueSort.Opened, false)]
    [InlineData(QueueSort.Number, true)]
    [InlineData(QueueSort.Title, false)]
    [InlineData(QueueSort.Status, false)]
    [InlineData(QueueSort.Group, false)]
    [InlineData(QueueSort.Service, true)]
    [InlineData(QueueSort.Updated, true)]
    [InlineData(QueueSort.Priority, true)]
    public async Task SearchAsync_OrdersRows_WhenSortRequested(QueueSort sort, bool descending)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        await QueueSeed.CreateAsync(database, clock);
        await using var db = await database.Factory.CreateDbContextAsync();
        var all = await db.Records.AsNoTracking().Include(r => r.AssignmentGroup).Include(r => r.Service).ToListAsync();
        // The oracle: the same order worked out in memory, ordinal like SQLite's default collation, ties by id.
        Func<Record, object> key = sort switch
        {
            QueueSort.Opened => r => r.OpenedAt, QueueSort.Number => r => r.Number, QueueSort.Title => r => r.Title,
            QueueSort.Status => r => r.Status, QueueSort.Group => r => r.AssignmentGroup!.Name, QueueSort.Service => r => r.Service!.Name,
            QueueSort.Updated => r => r.UpdatedAt, _ => r => r.Priority,
        };
        var ordinal = Comparer<object>.Create((x, y) => x is string a && y is string b ? string.CompareOrdinal(a, b) : Comparer<object>.Default.Compare(x, y));
        var sorted = descending ? all.OrderByDescending(key, ordinal) : all.OrderBy(key, ordinal);

        var page = await SearchAsync(database, new QueueFilter(), sort: sort, descending: descending);

        Assert.Equal(sorted.Select(r => key(r)), page.Rows.Select(r => key(all.Single(a => a.Number == r.Number))));
    }

    [Fact]
    public async Task SearchAsync_PagesThroughEveryRowOnce_WhenPageSizeSmallerThanTotal()
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);

        var pages = new List<QueuePage>();
        for (var page = 0; page < 4; page++) pages.Add(await SearchAsync(database, new QueueFilter(), page, pageSize: 3));
        var unpaged = await SearchAsync(database, new QueueFilter());

        Assert.Equal([3, 3, 2, 0], pages.Select(p => p.Rows.Count));
        Assert.All(pages, p => Assert.Equal(seeded.Count, p.Total));
        Assert.Equal(unpaged.Rows.Select(r => r.Number), pages.SelectMany(p => p.Rows).Select(r => r.Number));
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(-3, 2, 2)]
    [InlineData(0, 100_000, 8)]
    public async Task SearchAsync_ClampsPageAndSize_WhenOutOfRange(int page, int pageSize, int rows)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);

        var result = await SearchAsync(database, new QueueFilter(), page, pageSize);

        Assert.Equal((rows, seeded.Count), (result.Rows.Count, result.Total));
        Assert.Equal(seeded[0].Number, result.Rows[0].Number);
    }

    private static Task<QueuePage> SearchAsync(TestDatabase database, QueueFilter filter, int page = 0, int pageSize = 25,
        QueueSort sort = QueueSort.Priority, bool descending = false) =>
        new QueueService(database.Factory).SearchAsync(new QueueRequest(filter, page, pageSize, sort, descending), Viewers.Admin);

    private static IEnumerable<string> Numbers(IEnumerable<Seeded> seeded, Func<Seeded, bool> match) =>
        seeded.Where(match).Select(s => s.Number).Order();
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Features.Queues;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Ola;
using OpsBoard.Web.Features.Recording;
using OpsBoard.Web.Features.Wall;

namespace OpsBoard.Tests.Features.Wall;

/// <summary>The one shared board over a real SQLite file, kept current by the feed its services publish to.</summary>
public sealed class BoardSnapshotTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider clock = new(TestClock.MondayMorning);
    private TestDatabase database = default!;
    private BoardSnapshot snapshot = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        snapshot = new BoardSnapshot(new BoardReader(database.Factory), database.Feed, clock, NullLogger<BoardSnapshot>.Instance);
    }

    public async Task DisposeAsync()
    {
        snapshot.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Change_RereadsOnlyTheRecordsItNames_ReusesTheOthers_AndDropsThoseNoLongerOpen()
    {
        var (seeded, _) = await QueueSeed.CreateAsync(database, clock);
        var open = seeded.Where(s => s.Status.IsOpen()).ToList();
        var first = await snapshot.GetAsync();
        Assert.Equal(open.Select(s => s.Number).Order(), first.Records.Select(r => r.Number).Order());
        var versions = System.Threading.Channels.Channel.CreateUnbounded<Board>();
        using var following = snapshot.Subscribe(b => versions.Writer.TryWrite(b));

        // Changed behind the feed's back, so only a re-read of everything would show it.
        var quiet = open[0].Number;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Records.Where(r => r.Number == quiet).ExecuteUpdateAsync(s => s.SetProperty(r => r.Title, "Renamed without an event"));
        }
        var actions = new RecordActionService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        var cancelled = await actions.ActAsync(open[1].Number, new RecordActionRequest { Action = RecordAction.Cancel, Note = "Raised twice." }, "Test");
        Assert.True(cancelled.Succeeded, cancelled.Message);

        using var timeout = new CancellationTokenSource(Wait);
        var next = await versions.Reader.ReadAsync(timeout.Token);
        Assert.Equal(first.Version + 1, next.Version);
        Assert.DoesNotContain(next.Records, r => r.Number == open[1].Number);
        Assert.Equal(open.Count - 1, next.Records.Length);
        Assert.Equal(open[0].Title, next.Records.Single(r => r.Number == quiet).Title);
        // Untouched records are the same objects in both versions: a new version costs an array, not a copy of the board.
        Assert.Same(first.Records.Single(r => r.Number == open[2].Number), next.Records.Single(r => r.Number == open[2].Number));
        Assert.Same(next, snapshot.Current);
    }

    [Fact]
    public async Task Records_ComeNearestDueFirst_WithTheirOwnGroupAndServiceNames()
    {
        var (seeded, catalogue) = await QueueSeed.CreateAsync(database, clock);

        var board = await snapshot.GetAsync();

        var due = board.Records.Select(r => r.NearestDue).ToList();
        Assert.Equal(due.OrderBy(d => d ?? DateTimeOffset.MaxValue), due);
        var assigned = board.Records.Single(r => r.Number == seeded[1].Number);
        Assert.Equal(catalogue.Services[1].Name, assigned.ServiceName);
        Assert.Equal(catalogue.Groups.Single(g => g.Id == catalogue.Services[1].SecondLineGroupId).Name, assigned.GroupName);
    }
}

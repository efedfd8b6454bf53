using OpsBoard.Web.Features.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Tests.Features.Recording;

/// <summary>Two people acting on one record at once: the second save is refused rather than lost.</summary>
public sealed partial class RecordActionServiceTests
{
    [Theory]
    [InlineData(60_000)]
    [InlineData(0)] // the other action lands in the same millisecond as the record's last change
    public async Task ActAsync_RefusesTheLaterSave_WhenRecordChangedBetweenLoadAndSave(int millisecondsSinceLastChange)
    {
        await using var database = await TestDatabase.CreateAsync(TestClock.MondayMorning, demoRecords: 0);
        var (number, _) = await OpenAsync(database, Status.Assigned);
        clock.Advance(TimeSpan.FromMilliseconds(millisecondsSinceLastChange));
        ChangeResult? acknowledged = null;
        var colleague = new RecordActionService(database.Factory, new OlaPolicyStore(database.Factory), database.Feed, clock);
        // The cancel loads the Assigned record; before it saves, a colleague acknowledges it.
        var interleaved = new InterleavingDbFactory(database, async () =>
            acknowledged = await colleague.ActAsync(number, new RecordActionRequest { Action = RecordAction.Acknowledge }, "Colleague"));

        var cancelled = await new RecordActionService(interleaved, new OlaPolicyStore(interleaved), database.Feed, clock)
            .ActAsync(number, new RecordActionRequest { Action = RecordAction.Cancel, Note = "Raised in error." }, Resolver);

        Assert.True(acknowledged?.Succeeded, acknowledged?.Message);
        Assert.Equal(ChangeFailure.Refused, cancelled.Failure);
        Assert.Contains("changed by someone else", cancelled.Message);
        var record = await ReadAsync(database, number);
        Assert.Equal(Status.InProgress, record.Status);
        Assert.DoesNotContain(record.History, h => h.Field == "Cancellation reason" || h.NewValue == "Cancelled");
        Assert.Contains(record.History, h => h.By == "Colleague" && h.NewValue == "In progress");
    }
}

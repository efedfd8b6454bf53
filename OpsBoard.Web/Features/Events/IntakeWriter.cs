using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Stores accepted events in the intake log by group commit: every event waiting when the writer is free goes into one
/// transaction (up to MaxBatch), and each request hears it is stored only once that transaction has committed. A full
/// queue is refused at once (the caller answers 503), never dropped; events still queued when the app stops are failed,
/// so their callers are not told they were stored.
/// </summary>
public sealed class IntakeWriter(IDbContextFactory<OpsBoardDb> dbs, EventIntakeOptions options, EventProcessor processor, IntakePressure pressure, WriteGate gate, ILogger<IntakeWriter> logger,
    Metrics.OpsBoardMetrics? metrics = null)
    : BackgroundService
{
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Queues the event; false when the queue is full. <paramref name="stored"/> completes once it is committed.</summary>
    public bool TryEnqueue(IntakeEvent intake, out Task stored)
    {
        var pending = new Pending(intake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        stored = pending.Stored.Task;
        return queue.Writer.TryWrite(pending);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(options.MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < options.MaxBatch && queue.Reader.TryRead(out var pending)) batch.Add(pending);
                await StoreAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Writer.TryComplete();
            var stopping = new OperationCanceledException("OpsBoard is stopping; the event was not stored.");
            foreach (var pending in batch) pending.Stored.TrySetException(stopping);
            while (queue.Reader.TryRead(out var pending)) pending.Stored.TrySetException(stopping);
        }
    }

    private async Task StoreAsync(List<Pending> batch, CancellationToken ct)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            using var turn = await gate.EnterAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await PreparedInsert.InsertAsync(db, batch.Select(p => p.Event).ToList(), ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not store {Count} events in the intake log; their callers get 503 and may send them again.", batch.Count);
            foreach (var pending in batch) pending.Stored.TrySetException(ex);
            return;
        }
        foreach (var pending in batch) pending.Stored.TrySetResult();
        metrics?.EventsReceived.Add(batch.Count);
        pressure.Stored(batch.Count);
        processor.Wake();
    }

    private sealed record Pending(IntakeEvent Event, TaskCompletionSource Stored);
}

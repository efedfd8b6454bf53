using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Web.Data;
using OpsBoard.Web.Features.Live;
using OpsBoard.Web.Features.Ola;

namespace OpsBoard.Web.Features.Events;

/// <summary>
/// Applies stored events to EVT records in the order they were accepted, a batch per transaction: the batch's changes and
/// the marks that say its events are applied commit together, so after a crash each stored event is applied exactly once.
/// It wakes when the writer has stored events, at start-up for any stored before a stop, and every few seconds for any
/// another node stored and did not apply (it stopped, or was killed). While the intake is busy it rests between batches
/// (<see cref="IntakePressure"/>), so storing, which answers the senders, comes first. Nodes sharing a database each apply
/// the oldest waiting events; a batch claims its events as it saves, so of two nodes that read the same events only the
/// first applies them and the other reads afresh.
/// </summary>
public sealed class EventProcessor(IDbContextFactory<OpsBoardDb> dbs, OlaPolicyStore policies, RoutingRuleStore rules, ChangeFeed feed, WriteGate gate, IntakePressure pressure, TimeProvider clock, ILogger<EventProcessor> logger,
    Metrics.OpsBoardMetrics? metrics = null)
    : BackgroundService
{
    /// <summary>Events applied per transaction: large, so repeats of one key share a record update...</summary>
    public const int BatchSize = 256;

    /// <summary>...but smaller while the intake is busy, as the intake's commits wait for the batch's save.</summary>
    public const int BusyBatchSize = 64;
    private const int Attempts = 5;
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    /// <summary>How often it looks for events stored by another node that did not apply them.</summary>
    public static readonly TimeSpan LookAgainAfter = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim wake = new(1);
    private TaskCompletionSource idle = NewIdle();

    public void Wake()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    /// <summary>Completes once every event stored before the call has been applied (for tests, and to drain before a stop).</summary>
    public Task WhenIdleAsync()
    {
        var waiting = Volatile.Read(ref idle).Task;
        Wake();
        return waiting;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await wake.WaitAsync(LookAgainAfter, stoppingToken);
            var waiting = Interlocked.Exchange(ref idle, NewIdle());
            try
            {
                var rest = TimeSpan.Zero;
                while (true)
                {
                    var started = clock.GetTimestamp();
                    if (await ProcessBatchAsync(rest > TimeSpan.Zero ? BusyBatchSize : BatchSize, stoppingToken) == 0) break;
                    rest = pressure.RestAfter(clock.GetElapsedTime(started));
                    if (rest > TimeSpan.Zero) await Task.Delay(rest, clock, stoppingToken);
                }
                waiting.TrySetResult();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not apply stored events; they stay in the intake log and are tried again in {Delay}.", AfterFailure);
                // Those waiting now wait for the next pass.
                Interlocked.Exchange(ref idle, waiting).TrySetResult();
                await Task.Delay(AfterFailure, clock, stoppingToken);
                Wake();
            }
        }
    }

    /// <summary>Applies the next batch of stored events; how many it applied (0 when none was waiting).</summary>
    public async Task<int> ProcessBatchAsync(int size = BatchSize, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryProcessBatchAsync(size, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone changed one of the batch's records, or another node applied its events, meanwhile: read again and apply afresh.
            }
        }
    }

    // Reads and applies in memory first; the write lock (the transaction) is taken only to number the new EVTs and save,
    // so the intake writer's commits do not wait behind a whole batch being applied. A record a person changed meanwhile
    // fails the save on its version and the batch is applied afresh.
    private async Task<int> TryProcessBatchAsync(int size, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var batch = await db.IntakeLog.Where(e => e.ProcessedAt == null).OrderBy(e => e.Id).Take(size).ToListAsync(ct);
        if (batch.Count == 0) return 0;
        var now = clock.GetUtcNow();
        var events = batch.Select(e => (Intake: e, Event: JsonSerializer.Deserialize<IncomingEvent>(e.Body, IncomingEvent.Json)!)).ToList();
        var applier = await EventApplier.LoadAsync(db, await policies.GetAsync(ct), await rules.GetAsync(ct), events.Select(e => (e.Intake.IntegrationId, e.Event.DedupKey)), now, ct);
        var applied = new List<(IntakeEvent Intake, OpsBoard.Domain.Records.Record? Record, string Result)>(events.Count);
        foreach (var (intake, incoming) in events)
        {
            var (record, result) = await applier.ApplyAsync(intake.IntegrationId, incoming, intake.Body, intake.ReceivedAt, ct);
            applied.Add((intake, record, result));
        }
        using var turn = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await applier.NumberNewRecordsAsync(ct);
        if (!await ClaimAsync(db, batch, now, ct)) throw new DbUpdateConcurrencyException("Another node applied some of these events first.");
        foreach (var (intake, record, result) in applied) intake.Processed(now, record?.Number, result);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        turn.Dispose();
        metrics?.EventsDeduplicated.Add(applier.Repeats);
        feed.Publish(applier.Changes());
        return batch.Count;
    }

    /// <summary>
    /// Marks the batch's events applied, in the caller's transaction, if none is yet: false if another node got there first.
    /// On PostgreSQL the rows stay locked until the commit, so a node claiming the same events waits, then finds them taken.
    /// </summary>
    private static async Task<bool> ClaimAsync(OpsBoardDb db, IReadOnlyList<IntakeEvent> batch, DateTimeOffset now, CancellationToken ct)
    {
        var ids = batch.Select(e => e.Id).ToList();
        var claimed = await db.IntakeLog.Where(e => ids.Contains(e.Id) && e.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProcessedAt, now), ct);
        return claimed == batch.Count;
    }

    private static TaskCompletionSource NewIdle() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

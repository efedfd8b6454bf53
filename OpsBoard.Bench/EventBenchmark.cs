using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpsBoard.Web.Features.Events;

namespace OpsBoard.Bench;

/// <summary>
/// The event intake under load: PagerDuty events posted to the built app (its own process, a fresh SQLite file with demo
/// data, jobs on, rate limits raised) over keep-alive HTTP/1.1 connections, each with one request in flight, for a fixed
/// time: durable events a second (202s only) and the time to each 202, for new dedup keys and for repeats of open keys.
/// Beside them, in the same run: the no-op endpoint on the same server (the same reading and checking, no storing), and
/// raw batched SQLite inserts of rows the size of intake log rows. Then how long the processor takes to apply what was stored.
/// </summary>
public static class EventBenchmark
{
    public const string Enqueue = "/api/v2/enqueue";
    private const int InFlight = 64;
    private const int OpenKeys = 100;
    private const double TargetRate = 10_000;
    private const double TargetShareOfNoOp = 0.5;
    private const double TargetP99 = 50;
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LongestDrain = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(int seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        var scratch = Path.Combine(Path.GetTempPath(), $"opsboard-events-raw-{Guid.NewGuid():N}.db");
        var maxBatch = new EventIntakeOptions().MaxBatch;
        try
        {
            await using var store = NodeStore.Sqlite();
            await using var nodes = await OpsBoardNodes.StartAsync(store, 1, new Dictionary<string, string>(EventSenders.NodeSettings)
            {
                ["OpsBoard__Events__BenchmarkNoOp"] = "true",
            });
            var app = nodes.First;
            using var senders = new EventSenders(nodes.Nodes, InFlight);
            var backlog = new IntakeBacklog(store.Database);
            var run = Guid.NewGuid().ToString("N")[..8];
            byte[] NewKey(long n) => EventSenders.Trigger($"{run}-{n}", n);
            byte[] OpenKey(long n) => EventSenders.Trigger($"open-{run}-{n % OpenKeys}", n % OpenKeys);
            var sample = NewKey(0);
            var storedBody = StoredBody(sample);
            Console.WriteLine($"Events: POST a PagerDuty v2 trigger, {InFlight} requests in flight over {InFlight} keep-alive HTTP/1.1 connections, " +
                $"{seconds} s per load after {WarmUp.TotalSeconds:F0} s warm-up; app pid {app.ProcessId} (SQLite file, demo data, jobs on), bench pid {Environment.ProcessId}, " +
                $"{Environment.ProcessorCount} cores (load average {LoadAverage()}); request body {sample.Length} B, stored body {Encoding.UTF8.GetByteCount(storedBody)} B; writer batches up to {maxBatch:N0}");
            Console.WriteLine($"  {"load",-36} {"rate/s",9} {"p50",8} {"p99",8} {"max",8}  {"not 202",-14} {"app CPU/event",13} {"CPU cores app+bench",19}");

            await senders.DriveAsync(NoOpEnqueueEndpoint.Path, NewKey, WarmUp);
            await senders.DriveAsync(Enqueue, NewKey, WarmUp);
            await backlog.DrainAsync(await backlog.MarkAsync(), LongestDrain);

            var noOp = Report("no-op (read, check, 202)", await senders.DriveAsync(NoOpEnqueueEndpoint.Path, NewKey, duration));
            var freshStart = await backlog.MarkAsync();
            var fresh = Report("durable, new dedup keys", await senders.DriveAsync(Enqueue, NewKey, duration));
            var freshApply = await backlog.DrainAsync(freshStart, LongestDrain);

            // Each of the fixed keys opens its EVT first, so the timed load repeats open records.
            await senders.DriveAsync(Enqueue, OpenKey, TimeSpan.FromSeconds(1));
            await backlog.DrainAsync(await backlog.MarkAsync(), LongestDrain);
            var repeatStart = await backlog.MarkAsync();
            var repeats = Report($"durable, repeats of {OpenKeys} open keys", await senders.DriveAsync(Enqueue, OpenKey, duration));
            var repeatApply = await backlog.DrainAsync(repeatStart, LongestDrain);

            var rawConcurrent = RawInserts(scratch, storedBody, InFlight, duration);
            Console.WriteLine($"  {$"raw SQLite inserts, {InFlight} rows/commit",-36} {rawConcurrent,9:N0}   (at most {InFlight} requests wait, so the writer's batches are no larger)");
            var rawMax = RawInserts(scratch, storedBody, maxBatch, duration);
            Console.WriteLine($"  {$"raw SQLite inserts, {maxBatch:N0} rows/commit",-36} {rawMax,9:N0}   (the writer's largest batch)");
            Console.WriteLine($"  load average now {LoadAverage()}");
            Console.WriteLine($"  processor: {freshApply.Describe("new dedup keys")}");
            Console.WriteLine($"  processor: {repeatApply.Describe("repeats")}");

            Console.WriteLine($"  ratios: new keys {fresh.Rate / noOp.Rate:P0} of no-op, repeats {repeats.Rate / noOp.Rate:P0} of no-op; " +
                $"new keys {fresh.Rate / rawConcurrent:P0} of raw inserts at {InFlight} rows/commit, {fresh.Rate / rawMax:P0} at {maxBatch:N0}");
            foreach (var (name, load) in new[] { ("new keys", fresh), ("repeats", repeats) })
            {
                Console.WriteLine($"  targets, {name}: {load.Rate:N0}/s vs {TargetRate:N0} {Met(load.Rate >= TargetRate)}; " +
                    $"{load.Rate / noOp.Rate:P0} of no-op vs {TargetShareOfNoOp:P0} {Met(load.Rate / noOp.Rate >= TargetShareOfNoOp)}; " +
                    $"p99 {load.Latency.Percentile(99):F1} ms vs {TargetP99:F0} ms {Met(load.Latency.Percentile(99) <= TargetP99)}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>The machine's 1-minute load average: other work on a shared machine takes cores from the app and the bench.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Met(bool met) => met ? "met" : "MISSED";

    /// <summary>The intake log's Body for <paramref name="body"/>, made as the intake makes it.</summary>
    private static string StoredBody(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var (_, incoming, errors) = PagerDutyEvent.Read(document.RootElement);
        return incoming is null ? throw new InvalidOperationException(string.Join(" ", errors)) : JsonSerializer.Serialize(incoming, IncomingEvent.Json);
    }

    private static EventLoad Report(string name, EventLoad load)
    {
        var refused = load.RefusedText;
        var cores = $"{load.AppCpu / load.Elapsed:F2}+{load.BenchCpu / load.Elapsed:F2}";
        Console.WriteLine($"  {name,-36} {load.Rate,9:N0} {load.Latency.Median,6:F1}ms {load.Latency.Percentile(99),6:F1}ms {load.Latency.Max,6:F1}ms  {refused,-14} " +
            $"{load.AppCpu.TotalMicroseconds / Math.Max(1, load.Accepted),10:F0} us {cores,19}");
        Console.Out.Flush();
        return load;
    }

    /// <summary>
    /// Rows like the intake log's (same columns and indexes, the same stored body) inserted by one prepared INSERT, one
    /// transaction per <paramref name="batch"/> rows, in a scratch file with the app's pragmas (WAL, synchronous NORMAL): rows/s.
    /// </summary>
    private static double RawInserts(string path, string body, int batch, TimeSpan duration)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;
                DROP TABLE IF EXISTS Scratch;
                CREATE TABLE Scratch (Id INTEGER NOT NULL CONSTRAINT PK_Scratch PRIMARY KEY AUTOINCREMENT, IntegrationId INTEGER NOT NULL,
                    ReceivedAt INTEGER NOT NULL, Body TEXT NOT NULL, ProcessedAt INTEGER NULL, RecordNumber TEXT NULL, Result TEXT NULL);
                CREATE INDEX IX_Scratch_IntegrationId ON Scratch (IntegrationId);
                CREATE INDEX IX_Scratch_ProcessedAt ON Scratch (ProcessedAt);
                """;
            setup.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Scratch (IntegrationId, ReceivedAt, Body, ProcessedAt, RecordNumber, Result) VALUES (@integration, @received, @body, NULL, NULL, NULL)";
        var integration = insert.Parameters.Add("@integration", SqliteType.Integer);
        var received = insert.Parameters.Add("@received", SqliteType.Integer);
        var text = insert.Parameters.Add("@body", SqliteType.Text);
        insert.Prepare();
        var rows = 0L;
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            for (var i = 0; i < batch; i++, rows++)
            {
                integration.Value = 1;
                received.Value = Stopwatch.GetTimestamp();
                // A different body each row, of the same length, as each event has its own dedup key.
                text.Value = string.Concat(body.AsSpan(0, body.Length - 20), rows.ToString("D20", System.Globalization.CultureInfo.InvariantCulture));
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return rows / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}

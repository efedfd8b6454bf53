using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
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
    private const string Key = "bench-events-integration-key-0001";
    private const int InFlight = 64;
    private const int OpenKeys = 100;
    private const double TargetRate = 10_000;
    private const double TargetShareOfNoOp = 0.5;
    private const double TargetP99 = 50;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LongestDrain = TimeSpan.FromMinutes(5);
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task RunAsync(int seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        var database = Path.Combine(Path.GetTempPath(), $"opsboard-events-bench-{Guid.NewGuid():N}.db");
        var scratch = Path.Combine(Path.GetTempPath(), $"opsboard-events-raw-{Guid.NewGuid():N}.db");
        var (web, webDirectory) = ChildServer.WebApp();
        var maxBatch = new EventIntakeOptions().MaxBatch;
        try
        {
            await using var app = await ChildServer.StartAsync(web, webDirectory, new Dictionary<string, string>
            {
                ["ConnectionStrings__OpsBoard"] = $"Data Source={database}",
                ["OpsBoard__DemoData"] = "true",
                ["OpsBoard__Demo__IntegrationKey"] = Key,
                ["OpsBoard__Events__RatePerKey"] = "10000000",
                ["OpsBoard__Events__BurstPerKey"] = "10000000",
                ["OpsBoard__Events__BenchmarkNoOp"] = "true",
            }, "/healthz");
            using var http = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = InFlight,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            })
            {
                BaseAddress = app.Address,
                Timeout = TimeSpan.FromSeconds(30),
                DefaultRequestVersion = HttpVersion.Version11,
                DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            var run = Guid.NewGuid().ToString("N")[..8];
            byte[] NewKey(long n) => Body($"{run}-{n}", n);
            byte[] OpenKey(long n) => Body($"open-{run}-{n % OpenKeys}", n % OpenKeys);
            var sample = NewKey(0);
            var storedBody = StoredBody(sample);
            Console.WriteLine($"Events: POST a PagerDuty v2 trigger, {InFlight} requests in flight over {InFlight} keep-alive HTTP/1.1 connections, " +
                $"{seconds} s per load after {WarmUp.TotalSeconds:F0} s warm-up; app pid {app.ProcessId} (SQLite file, demo data, jobs on), bench pid {Environment.ProcessId}, " +
                $"{Environment.ProcessorCount} cores (load average {LoadAverage()}); request body {sample.Length} B, stored body {Encoding.UTF8.GetByteCount(storedBody)} B; writer batches up to {maxBatch:N0}");
            Console.WriteLine($"  {"load",-36} {"rate/s",9} {"p50",8} {"p99",8} {"max",8}  {"not 202",-14} {"app CPU/event",13} {"CPU cores app+bench",19}");

            await DriveAsync(http, app, NoOpEnqueueEndpoint.Path, NewKey, WarmUp);
            await DriveAsync(http, app, "/api/v2/enqueue", NewKey, WarmUp);
            await DrainAsync(database, "warm-up", await AppliedAsync(database));

            var noOp = Report("no-op (read, check, 202)", await DriveAsync(http, app, NoOpEnqueueEndpoint.Path, NewKey, duration));
            var freshStart = await AppliedAsync(database);
            var fresh = Report("durable, new dedup keys", await DriveAsync(http, app, "/api/v2/enqueue", NewKey, duration));
            var freshApply = await DrainAsync(database, "new dedup keys", freshStart);

            // Each of the fixed keys opens its EVT first, so the timed load repeats open records.
            await DriveAsync(http, app, "/api/v2/enqueue", OpenKey, TimeSpan.FromSeconds(1));
            await DrainAsync(database, "opening the fixed keys", await AppliedAsync(database));
            var repeatStart = await AppliedAsync(database);
            var repeats = Report($"durable, repeats of {OpenKeys} open keys", await DriveAsync(http, app, "/api/v2/enqueue", OpenKey, duration));
            var repeatApply = await DrainAsync(database, "repeats", repeatStart);

            var rawConcurrent = RawInserts(scratch, storedBody, InFlight, duration);
            Console.WriteLine($"  {$"raw SQLite inserts, {InFlight} rows/commit",-36} {rawConcurrent,9:N0}   (at most {InFlight} requests wait, so the writer's batches are no larger)");
            var rawMax = RawInserts(scratch, storedBody, maxBatch, duration);
            Console.WriteLine($"  {$"raw SQLite inserts, {maxBatch:N0} rows/commit",-36} {rawMax,9:N0}   (the writer's largest batch)");
            Console.WriteLine($"  load average now {LoadAverage()}");
            Console.WriteLine($"  processor: {freshApply}");
            Console.WriteLine($"  processor: {repeatApply}");

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
            foreach (var file in new[] { database, scratch }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" })) File.Delete(file);
        }
    }

    /// <summary>The machine's 1-minute load average: other work on a shared machine takes cores from the app and the bench.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Met(bool met) => met ? "met" : "MISSED";

    /// <summary>A trigger as a monitoring tool sends it: summary, source, severity, time, component, group, class, details and a link.</summary>
    private static byte[] Body(string dedupKey, long n) => Encoding.UTF8.GetBytes(
        $$"""{"routing_key":"{{Key}}","event_action":"trigger","dedup_key":"{{dedupKey}}","payload":{"summary":"High CPU on web-{{n % 1000:D3}}: 97% for 5 minutes","source":"web-{{n % 1000:D3}}.prod.example.nhs.uk","severity":"error","timestamp":"2026-11-30T09:12:00Z","component":"nginx","group":"web","class":"cpu","custom_details":{"cpu_percent":"97","threshold":"90","runbook":"CPU saturation on the web tier"} },"links":[{"href":"https://grafana.example.nhs.uk/d/cpu?var-host=web-{{n % 1000:D3}}","text":"CPU dashboard"}]}""");

    /// <summary>The intake log's Body for <paramref name="body"/>, made as the intake makes it.</summary>
    private static string StoredBody(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var (_, incoming, errors) = PagerDutyEvent.Read(document.RootElement);
        return incoming is null ? throw new InvalidOperationException(string.Join(" ", errors)) : JsonSerializer.Serialize(incoming, IncomingEvent.Json);
    }

    private sealed record Load(int Accepted, IReadOnlyDictionary<string, int> Refused, Timings Latency, TimeSpan Elapsed, TimeSpan AppCpu, TimeSpan BenchCpu)
    {
        public double Rate => Accepted / Elapsed.TotalSeconds;
    }

    private static Load Report(string name, Load load)
    {
        var refused = load.Refused.Count == 0 ? "none" : string.Join(",", load.Refused.Select(r => $"{r.Key}x{r.Value}"));
        var cores = $"{load.AppCpu / load.Elapsed:F2}+{load.BenchCpu / load.Elapsed:F2}";
        Console.WriteLine($"  {name,-36} {load.Rate,9:N0} {load.Latency.Median,6:F1}ms {load.Latency.Percentile(99),6:F1}ms {load.Latency.Max,6:F1}ms  {refused,-14} " +
            $"{load.AppCpu.TotalMicroseconds / Math.Max(1, load.Accepted),10:F0} us {cores,19}");
        Console.Out.Flush();
        return load;
    }

    /// <summary>Closed loop: each connection posts its next event as soon as the last is answered, until the time is up. Only 202s count.</summary>
    private static async Task<Load> DriveAsync(HttpClient http, ChildServer app, string path, Func<long, byte[]> body, TimeSpan duration)
    {
        var latency = new Timings();
        var refused = new ConcurrentDictionary<string, int>();
        var (accepted, next) = (0, -1L);
        var (appCpu, benchCpu) = (app.Cpu, Process.GetCurrentProcess().TotalProcessorTime);
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var content = new ByteArrayContent(body(Interlocked.Increment(ref next)));
                content.Headers.ContentType = Json;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync(path, content);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        latency.Add(Stopwatch.GetElapsedTime(started));
                        Interlocked.Increment(ref accepted);
                    }
                    else
                    {
                        refused.AddOrUpdate(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException ex)
                {
                    refused.AddOrUpdate(ex.HttpRequestError.ToString(), 1, (_, n) => n + 1);
                }
                catch (TaskCanceledException)
                {
                    refused.AddOrUpdate("timeout", 1, (_, n) => n + 1);
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new Load(accepted, refused, latency, elapsed, app.Cpu - appCpu, Process.GetCurrentProcess().TotalProcessorTime - benchCpu);
    }

    /// <summary>How many stored events the processor had applied, and when: taken as a load starts.</summary>
    private static async Task<(long Applied, long At)> AppliedAsync(string database)
    {
        await using var connection = await OpenReadOnlyAsync(database);
        var (waiting, stored) = await CountsAsync(connection);
        return (stored - waiting, Stopwatch.GetTimestamp());
    }

    /// <summary>
    /// From the end of a load, polls the app's file (read-only) until no stored event waits to be applied: the backlog when
    /// the load stopped, how long it took to clear, and the processor's apply rate from the start of the load until then.
    /// </summary>
    private static async Task<string> DrainAsync(string database, string after, (long Applied, long At) start)
    {
        await using var connection = await OpenReadOnlyAsync(database);
        var (backlog, stored) = await CountsAsync(connection);
        var waited = Stopwatch.StartNew();
        var left = backlog;
        while (left > 0 && waited.Elapsed < LongestDrain)
        {
            await Task.Delay(50);
            (left, stored) = await CountsAsync(connection);
        }
        var drained = waited.Elapsed;
        var outcome = left == 0 ? $"all applied {drained.TotalSeconds:F1} s later" : $"{left:N0} still waiting after {LongestDrain.TotalMinutes:F0} min";
        var applied = stored - left - start.Applied;
        return $"after {after}: {backlog:N0} of {stored:N0} stored events waiting when the load stopped, {outcome}; " +
            $"{applied / Stopwatch.GetElapsedTime(start.At).TotalSeconds:N0} applied/s from the load's start";
    }

    private static async Task<(long Waiting, long Stored)> CountsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM IntakeLog WHERE ProcessedAt IS NULL), (SELECT COUNT(*) FROM IntakeLog)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<SqliteConnection> OpenReadOnlyAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
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

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;
using Xunit.Abstractions;

namespace OpsBoard.Tests.Features.Events;

/// <summary>
/// Issue 5, "a 202 means stored": a real OpsBoard process takes a stream of triggers from several senders at once and is
/// killed with SIGKILL while requests are in flight; started again on the same SQLite file, every event it answered 202
/// is in the intake log once and has raised exactly one EVT record, and an event it never answered is there at most once.
/// </summary>
public sealed partial class IntakeCrashTests(ITestOutputHelper log)
{
    private const int Senders = 8;
    private const int KillAfterAccepted = 300;
    private const int Burst = 200;
    private const int MostPerSender = 2_000;
    private const string SentinelKey = "sentinel-after-restart";
    private static readonly TimeSpan StreamLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ApplyLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_event_answered_202_before_a_SIGKILL_is_stored_and_applied_exactly_once_after_a_restart()
    {
        await using var app = await AppProcess.StartAsync();

        var sent = await StreamUntilKilledAsync(app);
        await app.WaitForExitAsync();
        var restartedAt = TimeProvider.System.GetUtcNow();
        await app.StartAgainAsync();
        await WaitUntilAllAppliedAsync(app);
        var stored = await StoredAsync(app, restartedAt);

        var problems = Check(sent, stored);
        var summary = Summary(sent, stored);
        log.WriteLine(summary);
        Assert.True(problems.Count == 0,
            $"{summary}\n{problems.Count} problems (first 30):\n  {string.Join("\n  ", problems.Take(30))}\nThe app's output:\n{app.Output}");
    }

    /// <summary>
    /// Sends triggers with new dedup keys from <see cref="Senders"/> senders at once. The sender whose event is the
    /// <see cref="KillAfterAccepted"/>th answered 202 then sends a burst of <see cref="Burst"/> more at once, and the first
    /// of those answered 202 kills the app: the server has the burst by then, so requests are in flight when it dies.
    /// Each sender stops at its first request without an answer.
    /// </summary>
    private static async Task<Sent> StreamUntilKilledAsync(AppProcess app)
    {
        var sent = new Sent();
        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var limit = new CancellationTokenSource(StreamLimit);
        var accepted = 0;

        // True when answered (202 or otherwise), false when not.
        async Task<bool> SendOneAsync(string key, bool killsWhenAccepted)
        {
            var beforeKill = !sent.Killed;
            sent.Sending(key);
            try
            {
                using var response = await http.PostAsync("/api/v2/enqueue", Trigger(key), limit.Token);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    sent.Answered(key, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    return true;
                }
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                sent.Accepted(key, answer.GetProperty("dedup_key").GetString());
                if (killsWhenAccepted && sent.KillOnce())
                {
                    app.Kill();
                }
                else if (Interlocked.Increment(ref accepted) == KillAfterAccepted)
                {
                    await Task.WhenAll(Enumerable.Range(0, Burst).Select(b => Task.Run(() => SendOneAsync($"crash-burst-{b:D3}", killsWhenAccepted: true))));
                }
                return true;
            }
            catch (Exception error) when (error is HttpRequestException or OperationCanceledException or IOException or JsonException)
            {
                // No (whole) answer: the app is gone, or it failed before the kill (which Check reports).
                sent.Unanswered(key, beforeKill, sent.Killed ? null : $"{error.GetType().Name}: {error.Message}");
                return false;
            }
        }

        async Task SendAsync(int sender)
        {
            for (var i = 0; i < MostPerSender && !limit.IsCancellationRequested; i++)
            {
                if (!await SendOneAsync($"crash-{sender:D2}-{i:D4}", killsWhenAccepted: false)) return;
            }
        }

        await Task.WhenAll(Enumerable.Range(1, Senders).Select(s => Task.Run(() => SendAsync(s))));
        if (!sent.Killed)
        {
            throw new InvalidOperationException($"The app was not killed: it answered {accepted} events 202 (the kill comes after {KillAfterAccepted} and a burst).\n" +
                $"{Summary(sent, null)}\nThe app's output:\n{app.Output}");
        }
        return sent;
    }

    /// <summary>
    /// After the restart: one more trigger, and then each change the board hub announces, until that trigger is applied. The
    /// processor applies the intake log in order, so by then every event stored before the kill has been applied too.
    /// </summary>
    private static async Task WaitUntilAllAppliedAsync(AppProcess app)
    {
        var changes = Channel.CreateUnbounded<JsonElement>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Address, BoardHub.Path.TrimStart('/')), o => o.AccessTokenProvider = () => Task.FromResult<string?>(OpsBoardApp.AdminToken))
            .Build();
        hub.On<JsonElement>(BoardHub.ClientMethod, change => changes.Writer.TryWrite(change));
        await hub.StartAsync();
        // A hub call runs after the connection has joined its board, so no change after this one is missed.
        await hub.InvokeAsync(nameof(BoardHub.Subscribe), (int[]?)null, (int[]?)null);

        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsync("/api/v2/enqueue", Trigger(SentinelKey));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted,
            $"After the restart the app answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{app.Output}");

        using var limit = new CancellationTokenSource(ApplyLimit);
        while (!await SentinelAppliedAsync(app))
        {
            try
            {
                await changes.Reader.ReadAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The event sent after the restart was not applied within {ApplyLimit.TotalSeconds} s.\n{app.Output}");
            }
            while (changes.Reader.TryRead(out _))
            {
            }
        }
    }

    private static async Task<bool> SentinelAppliedAsync(AppProcess app)
    {
        await using var db = await app.OpenReadOnlyAsync();
        return await ScalarAsync(db, "SELECT COUNT(*) FROM IntakeLog WHERE json_extract(Body, '$.dedupKey') = $key AND ProcessedAt IS NOT NULL",
            ("$key", SentinelKey)) > 0;
    }

    /// <summary>What the file holds for the crash's dedup keys: intake log rows, EventKeys rows and EVT records per key.</summary>
    private static async Task<Stored> StoredAsync(AppProcess app, DateTimeOffset restartedAt)
    {
        await using var db = await app.OpenReadOnlyAsync();
        var stored = new Stored
        {
            Unapplied = await ScalarAsync(db, "SELECT COUNT(*) FROM IntakeLog WHERE ProcessedAt IS NULL"),
            AppliedAfterRestart = await ScalarAsync(db,
                "SELECT COUNT(*) FROM IntakeLog WHERE ProcessedAt >= $at AND json_extract(Body, '$.dedupKey') <> $sentinel",
                ("$at", restartedAt.UtcTicks), ("$sentinel", SentinelKey)),
        };
        await foreach (var row in RowsAsync(db, "SELECT json_extract(Body, '$.dedupKey'), COUNT(*) FROM IntakeLog GROUP BY 1"))
        {
            stored.Intake[row.GetString(0)] = row.GetInt32(1);
        }
        await foreach (var row in RowsAsync(db,
            "SELECT k.Key, r.Number, r.Description, k.Repeats FROM EventKeys k JOIN Records r ON r.Id = k.RecordId ORDER BY k.Id"))
        {
            var (key, number, description) = (row.GetString(0), row.GetString(1), row.IsDBNull(2) ? "" : row.GetString(2));
            stored.Keys[key] = stored.Keys.GetValueOrDefault(key) + 1;
            // Each key was triggered once: a repeat means its event was applied twice.
            if (row.GetInt32(3) != 0) stored.Mismatched.Add($"\"{key}\" was sent once but {number} counts {row.GetInt32(3)} repeats of it: applied more than once.");
            if (!number.StartsWith("EVT", StringComparison.Ordinal) || !description.Contains($"Dedup key: {key}", StringComparison.Ordinal))
            {
                stored.Mismatched.Add($"EventKeys row for \"{key}\" points at {number}, which is not an EVT record with that dedup key.");
            }
        }
        await foreach (var row in RowsAsync(db, "SELECT Number, Description FROM Records WHERE Description LIKE '%Dedup key: crash-%'"))
        {
            foreach (Match match in DedupLine().Matches(row.GetString(1)))
            {
                stored.Records.TryAdd(match.Groups[1].Value, []);
                stored.Records[match.Groups[1].Value].Add(row.GetString(0));
            }
        }
        return stored;
    }

    private static List<string> Check(Sent sent, Stored stored)
    {
        var problems = new List<string>();
        if (stored.Unapplied > 0) problems.Add($"{stored.Unapplied} events in the intake log were never applied.");
        problems.AddRange(sent.FailedBeforeKill.Select(f => $"A request failed before the kill: {f}"));
        problems.AddRange(stored.Mismatched);
        foreach (var (key, echoed) in sent.AcceptedKeys)
        {
            if (echoed != key) problems.Add($"\"{key}\" was answered 202 with dedup_key \"{echoed}\".");
            Expect(key, "answered 202", exactly: true);
        }
        foreach (var key in sent.UnansweredKeys.Concat(sent.OtherAnswers.Keys)) Expect(key, "not answered 202", exactly: false);
        var all = sent.All;
        foreach (var key in stored.Intake.Keys.Concat(stored.Keys.Keys).Concat(stored.Records.Keys).Distinct())
        {
            if (key != SentinelKey && !all.Contains(key)) problems.Add($"\"{key}\" is stored but was never sent.");
        }
        return problems;

        // Answered 202: once in the log, once in EventKeys, one EVT. Otherwise: at most once, and applied if stored.
        void Expect(string key, string what, bool exactly)
        {
            var (intake, keys, records) = (stored.Intake.GetValueOrDefault(key), stored.Keys.GetValueOrDefault(key), stored.Records.GetValueOrDefault(key) ?? []);
            if (exactly ? intake != 1 : intake > 1) problems.Add($"\"{key}\" ({what}) is in the intake log {intake} times.");
            var wanted = Math.Min(intake, 1);
            if (keys != wanted) problems.Add($"\"{key}\" ({what}) is in the intake log {intake} times but has {keys} EventKeys rows.");
            if (records.Count != wanted)
            {
                problems.Add($"\"{key}\" ({what}) is in the intake log {intake} times but raised {records.Count} EVT records ({string.Join(", ", records)}).");
            }
        }
    }

    private static string Summary(Sent sent, Stored? stored)
    {
        var text = new StringBuilder()
            .Append($"Sent {sent.All.Count} triggers from {Senders} senders; {sent.AcceptedKeys.Count} answered 202, ")
            .Append($"{sent.OtherAnswers.Count} answered otherwise, {sent.UnansweredKeys.Count} unanswered ")
            .Append($"({sent.InFlightAtKill} of them in flight at the kill).");
        if (stored is not null)
        {
            var found = sent.AcceptedKeys.Keys.Count(k => stored.Records.GetValueOrDefault(k)?.Count == 1);
            var unansweredStored = sent.UnansweredKeys.Count(stored.Intake.ContainsKey);
            text.Append($" After the restart: {found} of the {sent.AcceptedKeys.Count} answered 202 found once as EVT records; ")
                .Append($"{unansweredStored} unanswered were stored anyway; {stored.AppliedAfterRestart} events were applied only after the restart; ")
                .Append($"{stored.Unapplied} left unapplied.");
        }
        var others = sent.OtherAnswers.Values.GroupBy(a => a.Length > 80 ? a[..80] : a).Select(g => $"{g.Count()} x {g.Key}").Take(5).ToList();
        if (others.Count > 0) text.Append($" Other answers: {string.Join("; ", others)}");
        return text.ToString();
    }

    private static StringContent Trigger(string key) => new(JsonSerializer.Serialize(new
    {
        routing_key = AppProcess.DemoIntegrationKey,
        event_action = "trigger",
        dedup_key = key,
        payload = new { summary = $"Crash test: disk full on host for {key}", source = "crash-test", severity = "warning" },
    }), Encoding.UTF8, "application/json");

    private static async Task<int> ScalarAsync(SqliteConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async IAsyncEnumerable<SqliteDataReader> RowsAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) yield return reader;
    }

    [GeneratedRegex(@"^Dedup key: (crash-\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DedupLine();

    /// <summary>What the senders sent and heard, by dedup key.</summary>
    private sealed class Sent
    {
        private int killed;
        private int inFlightAtKill;

        public ConcurrentBag<string> AllSent { get; } = [];

        public HashSet<string> All => [.. AllSent];

        /// <summary>Keys answered 202, with the dedup_key the answer gave.</summary>
        public ConcurrentDictionary<string, string?> AcceptedKeys { get; } = new();

        public ConcurrentDictionary<string, string> OtherAnswers { get; } = new();

        public ConcurrentBag<string> UnansweredKeys { get; } = [];

        public ConcurrentBag<string> FailedBeforeKill { get; } = [];

        public int InFlightAtKill => inFlightAtKill;

        public bool Killed => Volatile.Read(ref killed) == 1;

        /// <summary>True for the one caller that is to kill the app.</summary>
        public bool KillOnce() => Interlocked.CompareExchange(ref killed, 1, 0) == 0;

        public void Sending(string key) => AllSent.Add(key);

        public void Accepted(string key, string? echoed) => AcceptedKeys[key] = echoed;

        public void Answered(string key, string answer) => OtherAnswers[key] = answer;

        public void Unanswered(string key, bool sentBeforeKill, string? failedBeforeKill)
        {
            UnansweredKeys.Add(key);
            if (sentBeforeKill) Interlocked.Increment(ref inFlightAtKill);
            if (failedBeforeKill is not null) FailedBeforeKill.Add($"\"{key}\": {failedBeforeKill}");
        }
    }

    private sealed class Stored
    {
        public int Unapplied { get; init; }

        public int AppliedAfterRestart { get; init; }

        public Dictionary<string, int> Intake { get; } = [];

        public Dictionary<string, int> Keys { get; } = [];

        /// <summary>EVT records whose description names each crash dedup key.</summary>
        public Dictionary<string, List<string>> Records { get; } = [];

        public List<string> Mismatched { get; } = [];
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsBoard.Tests.Support;

/// <summary>
/// A real Prometheus Alertmanager (Debian's <c>prometheus-alertmanager</c>) on a free loopback port, with its own
/// temporary storage and one route to one webhook receiver: <c>send_resolved: true</c> and a Bearer token, as an
/// operations centre would configure it to post to OpsBoard. Gossip is off and it listens on 127.0.0.1 only.
/// Alerts go in through Alertmanager's own API (<see cref="FireAsync"/>, <see cref="ResolveAsync"/>); Alertmanager
/// then posts its version 4 webhook payloads to the receiver on its own schedule (<see cref="AlertmanagerRoute"/>).
/// </summary>
public sealed class AlertmanagerProcess : IAsyncDisposable
{
    public const string Binary = "prometheus-alertmanager";
    public const string HowToInstall =
        "Install Debian's Alertmanager with 'apt-get install prometheus-alertmanager' (as root), or run ./test.sh, which installs it when it is missing.";

    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output;
    private readonly ConcurrentDictionary<string, DateTimeOffset> firedAt = new();

    private AlertmanagerProcess(Process process, ConcurrentQueue<string> output, string folder, Uri address, string config)
    {
        this.process = process;
        this.output = output;
        Folder = folder;
        Address = address;
        Config = config;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>Alertmanager's own address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>A client of Alertmanager's own API (<c>/api/v2/...</c>).</summary>
    public HttpClient Http { get; }

    /// <summary>The generated alertmanager.yml, for failure messages.</summary>
    public string Config { get; }

    /// <summary>The temporary folder holding the config and Alertmanager's storage; deleted on dispose.</summary>
    public string Folder { get; }

    /// <summary>Everything Alertmanager has logged so far (it logs failed notifications with the receiver's answer).</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Starts Alertmanager posting every alert to <paramref name="webhookUrl"/> with <c>Authorization: Bearer <paramref name="bearerToken"/></c>; returns once it is ready.</summary>
    public static async Task<AlertmanagerProcess> StartAsync(Uri webhookUrl, string bearerToken, AlertmanagerRoute? route = null)
    {
        var binary = Locate(Environment.GetEnvironmentVariable("PATH") ?? "");
        var config = ConfigFor(webhookUrl, bearerToken, route ?? new AlertmanagerRoute());
        // A free port can be taken by someone else before Alertmanager binds it: try another one then.
        for (var attempt = 1; ; attempt++)
        {
            var started = Start(binary, config);
            try
            {
                await started.WaitUntilReadyAsync();
                return started;
            }
            catch (AddressInUse) when (attempt < 3)
            {
                await started.DisposeAsync();
            }
            catch
            {
                await started.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>The full path of <see cref="Binary"/> on <paramref name="searchPath"/> (a PATH value); says how to get it when it is not there.</summary>
    public static string Locate(string searchPath)
    {
        foreach (var folder in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, Binary);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"'{Binary}' was not found on PATH, and the Alertmanager tests need a real Alertmanager. {HowToInstall}");
    }

    /// <summary>
    /// Posts a firing alert named <paramref name="alertName"/> (its <c>alertname</c> label) to Alertmanager's own API and
    /// returns the fingerprint Alertmanager gave it: the key its webhook payloads carry for this alert.
    /// </summary>
    public async Task<string> FireAsync(string alertName, IDictionary<string, string> labels, IDictionary<string, string> annotations)
    {
        var labelSet = LabelSet(alertName, labels);
        var key = Key(labelSet);
        var startsAt = firedAt.GetOrAdd(key, _ => TimeProvider.System.GetUtcNow());
        await PostAlertAsync(labelSet, annotations, startsAt, endsAt: null);
        return await FingerprintAsync(labelSet);
    }

    /// <summary>Resolves the alert with these labels, as Prometheus does: the same alert posted again with <c>endsAt</c> in the past.</summary>
    public async Task ResolveAsync(string alertName, IDictionary<string, string> labels, IDictionary<string, string> annotations)
    {
        var labelSet = LabelSet(alertName, labels);
        var endsAt = TimeProvider.System.GetUtcNow().AddMilliseconds(-1);
        var startsAt = firedAt.TryRemove(Key(labelSet), out var fired) && fired <= endsAt ? fired : endsAt;
        await PostAlertAsync(labelSet, annotations, startsAt, endsAt);
    }

    /// <summary>The alerts Alertmanager holds as active now (resolved ones are not listed), as its API returns them.</summary>
    public async Task<JsonArray> ActiveAlertsAsync() =>
        await Http.GetFromJsonAsync<JsonArray>("api/v2/alerts") ?? throw new InvalidOperationException("Alertmanager listed no alerts.");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(exited.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        finally
        {
            process.Dispose();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
    }

    public override string ToString() => $"Alertmanager at {Address}";

    private static AlertmanagerProcess Start(string binary, string config)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"opsboard-alertmanager-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var configFile = Path.Combine(folder, "alertmanager.yml");
        File.WriteAllText(configFile, config);
        var port = OpsBoardApp.FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
            ArgumentList =
            {
                $"--config.file={configFile}",
                $"--storage.path={Path.Combine(folder, "data")}",
                $"--web.listen-address=127.0.0.1:{port}",
                $"--web.external-url={address}",
                "--cluster.listen-address=",
            },
        };
        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {binary}. {HowToInstall}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AlertmanagerProcess(process, output, folder, address, config);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var deadline = new CancellationTokenSource(ReadyWithin);
        using var poll = new PeriodicTimer(PollEvery);
        string lastAnswer = "no answer yet";
        while (true)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(CancellationToken.None); // flushes the captured output
                if (Output.Contains("address already in use", StringComparison.Ordinal)) throw new AddressInUse();
                throw new InvalidOperationException(
                    $"Alertmanager exited with code {process.ExitCode} before it was ready.\n{Output}\nConfig:\n{Config}");
            }
            try
            {
                using var ready = await Http.GetAsync("-/ready", deadline.Token);
                if (ready.IsSuccessStatusCode) return;
                lastAnswer = $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync(deadline.Token)}";
            }
            catch (HttpRequestException e)
            {
                lastAnswer = e.Message;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                // Reported below.
            }
            try
            {
                await poll.WaitForNextTickAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"Alertmanager at {Address} was not ready within {ReadyWithin.TotalSeconds} s (last answer: {lastAnswer}).\n{Output}");
            }
        }
    }

    private async Task PostAlertAsync(SortedDictionary<string, string> labels, IDictionary<string, string> annotations, DateTimeOffset startsAt, DateTimeOffset? endsAt)
    {
        var alert = new JsonObject
        {
            ["labels"] = ToJson(labels),
            ["annotations"] = ToJson(annotations),
            ["startsAt"] = startsAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (endsAt is { } ended) alert["endsAt"] = ended.ToString("O", CultureInfo.InvariantCulture);
        using var content = new StringContent(new JsonArray(alert).ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await Http.PostAsync("api/v2/alerts", content);
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Alertmanager refused the alert with {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<string> FingerprintAsync(SortedDictionary<string, string> labels)
    {
        var held = await ActiveAlertsAsync();
        foreach (var alert in held)
        {
            var theirs = alert!["labels"]!.AsObject().ToDictionary(l => l.Key, l => (string?)l.Value ?? "");
            if (theirs.Count == labels.Count && labels.All(l => theirs.TryGetValue(l.Key, out var v) && v == l.Value))
            {
                return (string)alert["fingerprint"]!;
            }
        }
        throw new InvalidOperationException($"Alertmanager does not list the alert it accepted ({Key(labels)}): {held.ToJsonString()}");
    }

    private static SortedDictionary<string, string> LabelSet(string alertName, IDictionary<string, string> labels) =>
        new(labels, StringComparer.Ordinal) { ["alertname"] = alertName };

    private static string Key(SortedDictionary<string, string> labels) =>
        string.Join(", ", labels.Select(l => $"{l.Key}=\"{l.Value}\""));

    private static JsonObject ToJson(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));

    private static string ConfigFor(Uri webhookUrl, string bearerToken, AlertmanagerRoute route) => $"""
        route:
          receiver: opsboard
          group_by: [{string.Join(", ", route.GroupBy.Select(Quote))}]
          group_wait: {Duration(route.GroupWait)}
          group_interval: {Duration(route.GroupInterval)}
          repeat_interval: {Duration(route.RepeatInterval)}
        receivers:
          - name: opsboard
            webhook_configs:
              - url: {Quote(webhookUrl.ToString())}
                send_resolved: true
                http_config:
                  authorization:
                    type: Bearer
                    credentials: {Quote(bearerToken)}
        """;

    /// <summary>A YAML single-quoted scalar: only the quote itself needs escaping.</summary>
    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Duration(TimeSpan span) =>
        span >= TimeSpan.FromMilliseconds(1)
            ? $"{(long)span.TotalMilliseconds}ms"
            : throw new ArgumentOutOfRangeException(nameof(span), span, "Alertmanager's intervals are whole milliseconds, at least 1 ms.");

    private sealed class AddressInUse : Exception;
}

/// <summary>
/// How Alertmanager groups and times its webhook posts. The defaults are short so tests are fast: the first post about
/// 0.1 s after an alert fires, a change (such as a resolve) about 0.1 s later, and the same firing group posted again
/// every second, as Alertmanager resends groups (the receiver must not count a resend as a new alert).
/// Alertmanager accepts any whole number of milliseconds from 1 ms; 100 ms keeps it from spinning on a shared machine.
/// <see cref="GroupBy"/> <c>...</c> (every label) posts each alert on its own; give label names to group alerts into one payload.
/// </summary>
public sealed record AlertmanagerRoute
{
    public IReadOnlyList<string> GroupBy { get; init; } = ["..."];
    public TimeSpan GroupWait { get; init; } = TimeSpan.FromMilliseconds(100);
    public TimeSpan GroupInterval { get; init; } = TimeSpan.FromMilliseconds(100);
    public TimeSpan RepeatInterval { get; init; } = TimeSpan.FromSeconds(1);
}

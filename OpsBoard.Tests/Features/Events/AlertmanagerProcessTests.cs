using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Features.Events;

/// <summary>
/// The Alertmanager harness is the real thing: Debian's Alertmanager, fed through its own API, posts its version 4
/// webhook to a bare loopback endpoint with the Bearer token it was configured with, firing and then resolved.
/// </summary>
public sealed class AlertmanagerProcessTests
{
    private const string Token = "am-test-token-7f3a";

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["severity"] = "critical",
        ["instance"] = "pas-db-01:9100",
        ["service"] = "Patient Administration",
    };

    private static readonly Dictionary<string, string> Annotations = new() { ["summary"] = "Disk /var is 97% full on pas-db-01" };

    [Fact]
    public async Task FiredAlert_ReachesTheWebhook_Firing_WithItsLabelsFingerprintAndBearerToken_ThenResolved()
    {
        await using var receiver = await WebhookRecorder.StartAsync();
        await using var alertmanager = await AlertmanagerProcess.StartAsync(receiver.Url, Token);

        var fingerprint = await alertmanager.FireAsync("DiskAlmostFull", Labels, Annotations);

        var firing = await receiver.NextAsync(p => Status(p) == "firing", "status firing", () => alertmanager.Output);
        Assert.Equal($"Bearer {Token}", firing.Authorization);
        var body = firing.Json;
        Assert.Equal("4", body.GetProperty("version").GetString());
        var alert = Assert.Single(body.GetProperty("alerts").EnumerateArray());
        Assert.Equal("firing", alert.GetProperty("status").GetString());
        Assert.Equal(fingerprint, alert.GetProperty("fingerprint").GetString());
        Assert.Matches("^[0-9a-f]{16}$", fingerprint);
        var labels = alert.GetProperty("labels").Deserialize<Dictionary<string, string>>()!;
        Assert.Equal(new Dictionary<string, string>(Labels) { ["alertname"] = "DiskAlmostFull" }, labels);
        Assert.Equal(Annotations["summary"], alert.GetProperty("annotations").GetProperty("summary").GetString());

        await alertmanager.ResolveAsync("DiskAlmostFull", Labels, Annotations);

        var resolved = await receiver.NextAsync(p => Status(p) == "resolved", "status resolved", () => alertmanager.Output);
        Assert.Equal($"Bearer {Token}", resolved.Authorization);
        var ended = Assert.Single(resolved.Json.GetProperty("alerts").EnumerateArray());
        Assert.Equal(("resolved", fingerprint), (ended.GetProperty("status").GetString(), ended.GetProperty("fingerprint").GetString()));
        // Prometheus's way: the resolved alert keeps the time it started and ends after it.
        Assert.Equal(alert.GetProperty("startsAt").GetDateTimeOffset(), ended.GetProperty("startsAt").GetDateTimeOffset());
        Assert.True(ended.GetProperty("endsAt").GetDateTimeOffset() >= ended.GetProperty("startsAt").GetDateTimeOffset(), resolved.Body);
        Assert.Empty(await alertmanager.ActiveAlertsAsync());
    }

    [Fact]
    public async Task Alertmanager_ResendsAFiringGroup_WithTheSameFingerprint()
    {
        await using var receiver = await WebhookRecorder.StartAsync();
        await using var alertmanager = await AlertmanagerProcess.StartAsync(receiver.Url, Token);

        var fingerprint = await alertmanager.FireAsync("DiskAlmostFull", Labels, Annotations);

        var first = await receiver.NextAsync(p => Status(p) == "firing", "status firing", () => alertmanager.Output);
        var again = await receiver.NextAsync(p => Status(p) == "firing", "a second post, status firing", () => alertmanager.Output);
        Assert.Equal(first.Body, again.Body);
        Assert.Equal(fingerprint, again.Json.GetProperty("alerts")[0].GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task Alertmanager_RunsAloneOnLoopback_AndLeavesNothingBehind()
    {
        await using var receiver = await WebhookRecorder.StartAsync();
        var alertmanager = await AlertmanagerProcess.StartAsync(receiver.Url, Token);
        string folder;
        Uri address;
        await using (alertmanager)
        {
            (folder, address) = (alertmanager.Folder, alertmanager.Address);
            Assert.Equal("127.0.0.1", address.Host);
            var status = await alertmanager.Http.GetFromJsonAsync<JsonObject>("api/v2/status");
            Assert.Equal("disabled", (string?)status!["cluster"]!["status"]);
            Assert.True(Directory.Exists(folder));
        }

        Assert.False(Directory.Exists(folder));
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(address, "-/ready")));
    }

    [Fact]
    public void MissingBinary_SaysHowToInstallIt()
    {
        var empty = Directory.CreateTempSubdirectory("opsboard-no-alertmanager-");
        try
        {
            var missing = Assert.Throws<InvalidOperationException>(() => AlertmanagerProcess.Locate(empty.FullName));
            Assert.Contains("apt-get install prometheus-alertmanager", missing.Message);
            Assert.Contains("./test.sh", missing.Message);
        }
        finally
        {
            empty.Delete();
        }
    }

    private static string? Status(WebhookPost post) => post.Json.GetProperty("status").GetString();
}

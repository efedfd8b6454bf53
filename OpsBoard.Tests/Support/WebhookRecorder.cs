using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpsBoard.Tests.Support;

/// <summary>A bare HTTP endpoint on loopback that records each POST it receives (body and Authorization header) and answers 200.</summary>
public sealed class WebhookRecorder : IAsyncDisposable
{
    public const string Path = "/api/alertmanager";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly WebApplication app;
    private readonly Channel<WebhookPost> received = Channel.CreateUnbounded<WebhookPost>();

    private WebhookRecorder(WebApplication app) => this.app = app;

    /// <summary>The address to post to, e.g. http://127.0.0.1:41234/api/alertmanager.</summary>
    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookRecorder> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var recorder = new WebhookRecorder(app);
        app.MapPost(Path, async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            recorder.received.Writer.TryWrite(new WebhookPost(request.Headers.Authorization.ToString(), body));
            return Results.Ok();
        });
        await app.StartAsync();
        recorder.Url = new Uri(new Uri(app.Urls.First()), Path);
        return recorder;
    }

    /// <summary>The first post (from now on, in arrival order) that <paramref name="wanted"/> accepts; fails after 15 s with what did arrive.</summary>
    public async Task<WebhookPost> NextAsync(Func<WebhookPost, bool> wanted, string what, Func<string>? context = null)
    {
        var seen = new List<string>();
        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            while (true)
            {
                var post = await received.Reader.ReadAsync(timeout.Token);
                if (wanted(post)) return post;
                seen.Add(post.Body);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"No post with {what} reached {Url} within {Wait.TotalSeconds} s. Received {seen.Count} other posts, the last ones:\n" +
                $"{string.Join("\n", seen.TakeLast(3))}\n{context?.Invoke()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One POST a <see cref="WebhookRecorder"/> received.</summary>
public sealed record WebhookPost(string Authorization, string Body)
{
    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);
}

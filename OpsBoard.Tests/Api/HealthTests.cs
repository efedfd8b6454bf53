using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_Returns200_WhenDatabaseAnswers_NamingTheProvidersCheck()
    {
        await using var app = new OpsBoardApp { DemoData = false };
        var response = await app.AnonymousClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadObjectAsync();
        Assert.Equal("Healthy", (string)report["status"]!);
        var check = Assert.Single(report["checks"]!.AsArray(), c => (string)c!["name"]! == (app.Store.Options.IsPostgres ? "postgresql" : "sqlite"))!;
        Assert.Equal("Healthy", (string)check["status"]!);
        Assert.Contains("answers", (string)check["description"]!);
    }

    [Fact]
    public async Task Healthz_Returns503_NamingTheDatabase_WhenItDoesNotAnswer()
    {
        await using var app = new OpsBoardApp { DemoData = false, KeepDatabase = true };
        var client = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        // The database goes away under the running app: PostgreSQL's is dropped; where SQLite's file was is a folder it cannot open.
        app.Store.Delete();
        if (!app.Store.Options.IsPostgres) Directory.CreateDirectory(app.Store.SqlitePath);
        try
        {
            var response = await client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var report = await response.ReadObjectAsync();
            Assert.Equal("Unhealthy", (string)report["status"]!);
            Assert.Contains("does not answer", (string)report["checks"]![0]!["description"]!);
        }
        finally
        {
            if (!app.Store.Options.IsPostgres) Directory.Delete(app.Store.SqlitePath);
        }
    }
}

using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_Returns200_WhenDatabaseAnswers()
    {
        await using var app = new OpsBoardApp { DemoData = false };
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

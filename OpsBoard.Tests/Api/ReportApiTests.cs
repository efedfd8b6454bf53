using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Cmdb.Csv;
using OpsBoard.Web.Features.Reports;

namespace OpsBoard.Tests.Api;

/// <summary>GET /api/reports/{name}.csv: the report's table as CSV, and sentences for what it cannot read.</summary>
public sealed class ReportApiTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Rows(string csv)
    {
        var (records, problem) = CsvReader.Read(csv);
        Assert.Null(problem);
        return [.. records.Select(r => r.Fields)];
    }

    [Fact]
    public async Task Csv_HoldsTheTablesColumnsAndRows_ForTheAddressedPeriodAndFilters()
    {
        await using var app = new OpsBoardApp();
        var client = app.CreateClient();
        var (from, to) = ("2026-11-01", "2026-11-30");
        var request = new ReportRequest(ReportPeriods.Start(new DateOnly(2026, 11, 1)), ReportPeriods.Start(new DateOnly(2026, 12, 1)),
            Priorities: [OpsBoard.Domain.Records.Priority.P1, OpsBoard.Domain.Records.Priority.P2]);
        var expected = (await app.Services.GetRequiredService<ReportRunner>().RunAsync(ReportName.TimeToResolve, request, Viewers.Admin)).Table;

        var response = await client.GetAsync($"/api/reports/time-to-resolve.csv?from={from}&to={to}&priorities=P1&priorities=P2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("time-to-resolve-2026-11-01-to-2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = Rows(await response.Content.ReadAsStringAsync());
        Assert.Equal([expected.Columns, .. expected.Rows], rows);
        Assert.Equal(["Priority", "Resolved", "Mean", "Median", "90th percentile"], rows[0]);
        Assert.True(int.Parse(rows[^1][1], System.Globalization.CultureInfo.InvariantCulture) > 0, "The demo data resolves P1 and P2 records in November.");
    }

    [Fact]
    public async Task Csv_RefusesWhatItCannotRead_WithASentence()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var client = app.CreateClient();

        var unknown = await client.GetAsync("/api/reports/latency.csv");
        var badDate = await client.GetAsync("/api/reports/volumes.csv?from=30/11/2026&to=2026-11-30");
        var backwards = await client.GetAsync("/api/reports/volumes.csv?from=2026-11-30&to=2026-11-01");
        var badPriority = await client.GetAsync("/api/reports/volumes.csv?priorities=P9");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("the reports are volumes, compliance", (string)(await unknown.ReadObjectAsync())["detail"]!);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal("from: \"30/11/2026\" is not a date such as 2026-11-01 or a time such as 2026-11-01T00:00:00Z.", (string)(await badDate.ReadObjectAsync())["errors"]!["from"]![0]!);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.StartsWith("The period must end after it starts", (string)(await backwards.ReadObjectAsync())["errors"]!["to"]![0]!);
        Assert.Equal(HttpStatusCode.BadRequest, badPriority.StatusCode);
        Assert.Equal("priorities: \"P9\" is not one of P1, P2, P3, P4, P5.", (string)(await badPriority.ReadObjectAsync())["errors"]!["priorities"]![0]!);
    }

    [Fact]
    public async Task Csv_IsForSignedInReaders()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var anonymous = await app.AnonymousClientWithoutRedirects().GetAsync("/api/reports/volumes.csv");
        var resolver = await (await app.ClientForAsync("resolver@opsboard.demo")).GetAsync("/api/reports/volumes.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolver.StatusCode);
    }
}

using System.Net;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Api;

/// <summary>A query value the API cannot read gets problem details naming the parameter, the value and what it takes.</summary>
public sealed class QueryProblemTests
{
    [Theory]
    [InlineData("sort=openedAt", "sort", "sort: \"openedAt\" is not one of Priority, Number, Title, Status, Group, Service, Opened, Updated.")]
    [InlineData("page=two", "page", "page: \"two\" is not a whole number.")]
    [InlineData("openOnly=maybe", "openOnly", "openOnly: \"maybe\" is not true or false.")]
    [InlineData("status=Open", "status", "status: \"Open\" is not one of New, Assigned, InProgress, Pending, Resolved, Closed, Cancelled.")]
    public async Task AnUnreadableQueryValue_Gets400NamingItAndWhatItTakes(string query, string field, string detail)
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };

        var response = await app.CreateClient().GetAsync($"/api/records?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal((field, detail), ((string?)problem["field"], (string?)problem["detail"]));
    }
}

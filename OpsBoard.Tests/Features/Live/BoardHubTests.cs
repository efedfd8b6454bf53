using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Features.Live;

/// <summary>The hub at /hubs/board with the real SignalR .NET client: what external tools and wall screens receive.</summary>
public sealed class BoardHubTests
{
    [Fact]
    public async Task Client_ReceivesRecordCreated_WithTypeNumberAndTime_WhenNotSubscribed()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var http = app.CreateClient();
        var catalogue = await http.CatalogueAsync();
        await using var board = await BoardClient.ConnectAsync(app);

        var number = await OpenAsync(http, catalogue.Services[0]);

        var created = await board.NextAsync();
        Assert.Equal(("RecordCreated", number), (created.GetProperty("type").GetString(), created.GetProperty("number").GetString()));
        Assert.Equal(TestClock.MondayMorning, created.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(catalogue.Services[0].Id, created.GetProperty("serviceId").GetInt32());
        Assert.Equal(("New", "P2"), (created.GetProperty("status").GetString(), created.GetProperty("priority").GetString()));
    }

    [Fact]
    public async Task Subscribe_NarrowsToTheServicesAsked()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var http = app.CreateClient();
        var catalogue = await http.CatalogueAsync();
        var (other, followed) = (catalogue.Services[0], catalogue.Services[1]);
        await using var board = await BoardClient.ConnectAsync(app);
        await board.Connection.InvokeAsync("Subscribe", Array.Empty<int>(), new[] { followed.Id });

        await OpenAsync(http, other);
        var wanted = await OpenAsync(http, followed);

        // Events arrive in order, so had the other service's record reached this client it would come first.
        var first = await board.NextAsync();
        Assert.Equal(wanted, first.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Subscriber_OfTheGroupThatPassedARecordOn_HearsOfIt()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var http = app.CreateClient();
        var catalogue = await http.CatalogueAsync();
        var soc = catalogue.Groups.Single(g => g.Line == 1);
        var service = catalogue.Services[0];
        await using var socBoard = await BoardClient.ConnectAsync(app);
        await socBoard.Connection.InvokeAsync("Subscribe", new[] { soc.Id }, Array.Empty<int>());
        var number = await OpenAsync(http, service);

        var assigned = await http.PostJsonAsync($"/api/records/{number}/actions",
            JsonSerializer.Serialize(new { action = "Assign", groupId = service.SecondLineGroupId }));
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());

        var changed = (await socBoard.UntilAsync("RecordChanged", number))[^1];
        Assert.Equal((service.SecondLineGroupId, soc.Id), (changed.GetProperty("groupId").GetInt32(), changed.GetProperty("previousGroupId").GetInt32()));
        Assert.Equal("Assigned", changed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MajorIncidentChanged_ReachesEveryClient_WhateverItsSubscription()
    {
        await using var app = new OpsBoardApp { DemoRecords = 0 };
        var http = app.CreateClient();
        var catalogue = await http.CatalogueAsync();
        var (service, otherService) = (catalogue.Services[0], catalogue.Services[1]);
        await using var elsewhere = await BoardClient.ConnectAsync(app);
        await elsewhere.Connection.InvokeAsync("Subscribe", Array.Empty<int>(), new[] { otherService.Id });
        var number = await OpenAsync(http, service);
        var manager = catalogue.Groups.SelectMany(g => g.Members).First();

        var declared = await http.PostJsonAsync($"/api/records/{number}/actions",
            JsonSerializer.Serialize(new { action = "DeclareMajorIncident", managerId = manager.Id }));
        Assert.True(declared.IsSuccessStatusCode, await declared.Content.ReadAsStringAsync());

        // The first event this client hears is the declaration: not the record's creation or its RecordChanged, which are not its service's.
        var first = await elsewhere.NextAsync();
        Assert.Equal(("MajorIncidentChanged", number, service.Id),
            (first.GetProperty("type").GetString(), first.GetProperty("number").GetString(), first.GetProperty("serviceId").GetInt32()));
    }

    private static async Task<string> OpenAsync(HttpClient http, OpsBoard.Web.Features.Cmdb.ServiceOption service)
    {
        var response = await http.PostJsonAsync("/api/records", ApiClient.NewIncident(service).ToJsonString());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.ReadObjectAsync())["number"]!;
    }
}

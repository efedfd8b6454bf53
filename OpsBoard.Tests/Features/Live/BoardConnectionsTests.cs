using OpsBoard.Domain.Records;
using OpsBoard.Tests.Support;
using OpsBoard.Web.Features.Live;

namespace OpsBoard.Tests.Features.Live;

public sealed class BoardConnectionsTests
{
    private static readonly BoardEvent Change = new(BoardEventType.RecordChanged, "INC0000042", TestClock.MondayMorning, RecordKind.Incident,
        GroupId: 7, PreviousGroupId: null, ServiceId: 3, Priority.P3, Status.InProgress);

    private readonly BoardConnections connections = new(ThisNode.New());

    [Fact]
    public void Following_NamesOneGroupPerFilter_WhenConnectionsShareIt()
    {
        var (everything, _) = connections.Follow("a", BoardFilter.Everything);
        Assert.Equal(everything, connections.Follow("b", BoardFilter.Everything).Joined);
        // The same groups in another order are the same filter.
        var (group7, _) = connections.Follow("c", BoardFilter.Of([7, 9], []));
        Assert.Equal(group7, connections.Follow("d", BoardFilter.Of([9, 7], [])).Joined);
        var (group8, _) = connections.Follow("e", BoardFilter.Of([8], []));

        Assert.Equal([everything, group7], connections.Following(Change).Order());
        Assert.Equal([everything, group7, group8], connections.Following(Change with { PreviousGroupId = 8 }).Order());
    }

    [Fact]
    public void Follow_LeavesTheOldGroup_WhenConnectionNarrows()
    {
        var (everything, _) = connections.Follow("a", BoardFilter.Everything);

        var (service4, left) = connections.Follow("a", BoardFilter.Of([], [4]));

        Assert.Equal(everything, left);
        Assert.Empty(connections.Following(Change));
        Assert.Equal([service4], connections.Following(Change with { ServiceId = 4 }));
        Assert.Null(connections.Follow("a", BoardFilter.Of([], [4])).Left);
    }

    [Fact]
    public void Forget_DropsTheGroup_WhenItsLastConnectionCloses()
    {
        connections.Follow("a", BoardFilter.Everything);
        connections.Follow("b", BoardFilter.Everything);

        connections.Forget("a");
        Assert.Single(connections.Following(Change));
        connections.Forget("b");
        Assert.Empty(connections.Following(Change));
    }

    [Fact]
    public void Following_ARestrictedChange_NamesOnlyTheGroupsOfThoseWhoMaySeeSecurityIncidents()
    {
        var (everyone, _) = connections.Follow("soc", BoardFilter.Everything);
        var (seers, _) = connections.Follow("security", BoardFilter.Everything, seesSecurityIncidents: true);

        Assert.NotEqual(everyone, seers);
        Assert.Equal([everyone, seers], connections.Following(Change).Order());
        Assert.Equal([seers], connections.Following(Change with { Restricted = true }));
    }
}

using OpsBoard.Domain.Cmdb;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordSecurityRoutingTests
{
    [Fact]
    public void RouteToSecurityGroup_AssignsASecurityIncident_AndSaysWhy()
    {
        var cmdb = new TestCmdb();
        var record = Record.Open(cmdb.Details() with { Category = Categories.Security }, "INC0000001", PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

        Assert.True(record.RouteToSecurityGroup(cmdb.ThirdLine, TestCmdb.Analyst, cmdb.Now).Succeeded);

        Assert.Equal((cmdb.ThirdLine.Id, Status.Assigned), (record.AssignmentGroupId, record.Status));
        Assert.Contains(record.History, h => h.Field == Record.RoutingField && h.NewValue!.Contains("went to 3rd line Platform", StringComparison.Ordinal));
    }

    [Fact]
    public void RouteToSecurityGroup_LeavesTheRecord_WhenThereIsNoSecurityGroup_AndSaysSo()
    {
        var cmdb = new TestCmdb();
        var record = Record.Open(cmdb.Details() with { SecurityIncident = true }, "INC0000001", PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

        record.RouteToSecurityGroup(null, TestCmdb.Analyst, cmdb.Now);

        Assert.Equal(cmdb.Soc.Id, record.AssignmentGroupId);
        Assert.Contains(record.History, h => h.Field == Record.RoutingField && h.NewValue!.StartsWith("No support group is marked as the security group", StringComparison.Ordinal));
    }

    [Fact]
    public void RouteToSecurityGroup_LeavesAnOrdinaryRecordAlone()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();

        record.RouteToSecurityGroup(cmdb.ThirdLine, TestCmdb.Analyst, cmdb.Now);

        Assert.Equal(cmdb.Soc.Id, record.AssignmentGroupId);
        Assert.DoesNotContain(record.History, h => h.Field == Record.RoutingField);
    }
}

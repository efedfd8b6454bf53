using OpsBoard.Domain.Cmdb;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Cmdb;

public sealed class RoutingTests
{
    [Fact]
    public void Choose_PrefersTheRule_OverEverythingElse()
    {
        var cmdb = new TestCmdb();

        var routed = Routing.Choose(cmdb.ThirdLine, cmdb.Item, cmdb.Service, cmdb.Soc);

        Assert.Equal((cmdb.ThirdLine, RoutedBy.Rule), (routed!.Group, routed.By));
    }

    [Fact]
    public void Choose_UsesTheItemsOwningGroup_WhenNoRuleMatched()
    {
        var cmdb = new TestCmdb();
        var item = ConfigurationItem.Create("Spine DB", "Database", cmdb.Service, cmdb.ThirdLine, null, []).Item;

        var routed = Routing.Choose(null, item, cmdb.Service, cmdb.Soc);

        Assert.Equal((cmdb.ThirdLine, RoutedBy.ConfigurationItem), (routed!.Group, routed.By));
    }

    [Fact]
    public void Choose_FallsToTheServicesSecondLine_WhenTheItemHasNoOwner_OrItIsRetired()
    {
        var cmdb = new TestCmdb();
        var unowned = ConfigurationItem.Create("Spine DB", "Database", cmdb.Service, null, null, []).Item;
        Assert.Equal(RoutedBy.Service, Routing.Choose(null, unowned, cmdb.Service, cmdb.Soc)!.By);
        var retiredOwner = ConfigurationItem.Create("Spine MQ", "Queue", cmdb.Service, cmdb.ThirdLine, null, []).Item;
        cmdb.ThirdLine.Retire();
        Assert.Equal((cmdb.SecondLine, RoutedBy.Service), (Routing.Choose(null, retiredOwner, cmdb.Service, cmdb.Soc)!.Group, Routing.Choose(null, retiredOwner, cmdb.Service, cmdb.Soc)!.By));
    }

    [Fact]
    public void Choose_UsesTheDefault_WhenNothingElseNamesAGroup()
    {
        var cmdb = new TestCmdb();
        var service = Service.Create("Orphan", null, null, null, []).Item;

        var routed = Routing.Choose(null, null, service, cmdb.Soc);

        Assert.Equal((cmdb.Soc, RoutedBy.Default), (routed!.Group, routed.By));
        Assert.Null(Routing.Choose(null, null, service, null));
    }

    [Fact]
    public void ManagerFor_PrefersTheItemsServiceManager()
    {
        var cmdb = new TestCmdb();
        var owner = new Person("Priya Shah", "priya@example.org", "Service manager");
        Assert.True(cmdb.Service.Revise(cmdb.Service.Name, null, owner, cmdb.SecondLine, []).Succeeded);
        var item = ConfigurationItem.Create("Spine DB", "Database", cmdb.Service, null, cmdb.Resolver, []).Item;

        Assert.Same(cmdb.Resolver, Routing.ManagerFor(cmdb.Service, item));
        Assert.Same(owner, Routing.ManagerFor(cmdb.Service, cmdb.Item));
        Assert.Same(owner, Routing.ManagerFor(cmdb.Service, null));
    }
}

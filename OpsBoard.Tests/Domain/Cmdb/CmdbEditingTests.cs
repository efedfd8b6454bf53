using OpsBoard.Domain.Cmdb;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Cmdb;

public sealed class CmdbEditingTests
{
    [Theory]
    [InlineData(null, "name", "Enter the service's name.")]
    [InlineData("  ", "name", "Enter the service's name.")]
    [InlineData("spine messaging service", "name", "There is already a service called \"spine messaging service\"; choose another name or edit that one.")]
    public void CreateService_IsRefused_WhenTheNameIsMissingOrTaken(string? name, string field, string reason)
    {
        var result = Service.Create(name, "d", null, null, ["Spine Messaging Service"]);

        Assert.False(result.Succeeded);
        Assert.Equal((field, reason), (result.Outcome.Field, result.Outcome.Reason));
    }

    [Fact]
    public void ReviseService_KeepsEverything_WhenRefused()
    {
        var cmdb = new TestCmdb();

        var outcome = cmdb.Service.Revise("e-Referral Service", "new", null, cmdb.Soc, ["e-Referral Service"]);

        Assert.False(outcome.Succeeded);
        Assert.Equal(("Spine Messaging Service", cmdb.SecondLine), (cmdb.Service.Name, cmdb.Service.SecondLineGroup));
    }

    [Fact]
    public void ReviseService_RefusesTheSocAsSecondLineGroup()
    {
        var cmdb = new TestCmdb();

        var outcome = cmdb.Service.Revise("Spine", null, null, cmdb.Soc, []);

        Assert.Equal("secondLineGroup", outcome.Field);
        Assert.Contains("line 1", outcome.Reason);
    }

    [Fact]
    public void ReviseService_TrimsAndSaves_WhenValid()
    {
        var cmdb = new TestCmdb();

        Assert.True(cmdb.Service.Revise("  Spine  ", " Messaging ", cmdb.Resolver, cmdb.ThirdLine, ["Other"]).Succeeded);

        Assert.Equal(("Spine", "Messaging", cmdb.Resolver, cmdb.ThirdLine), (cmdb.Service.Name, cmdb.Service.Description, cmdb.Service.ServiceManager, cmdb.Service.SecondLineGroup));
    }

    [Fact]
    public void CreateItem_IsRefused_WithoutAServiceOrType_OrForARetiredService()
    {
        var cmdb = new TestCmdb();
        Assert.Equal("type", ConfigurationItem.Create("Spine DB", " ", cmdb.Service, null, null, []).Outcome.Field);
        Assert.Equal("service", ConfigurationItem.Create("Spine DB", "Database", null, null, null, []).Outcome.Field);
        cmdb.Service.Retire();
        Assert.Contains("retired", ConfigurationItem.Create("Spine DB", "Database", cmdb.Service, null, null, []).Outcome.Reason);
    }

    [Fact]
    public void CreateItem_KeepsItsOwnServiceManager()
    {
        var cmdb = new TestCmdb();

        var result = ConfigurationItem.Create("Spine DB", "Database", cmdb.Service, cmdb.ThirdLine, cmdb.Resolver, ["Spine Core"]);

        Assert.True(result.Succeeded);
        Assert.Equal((cmdb.ThirdLine, cmdb.Resolver), (result.Item.OwningGroup, result.Item.ServiceManager));
    }

    [Fact]
    public void CreateItem_IsRefused_WhenTheNameIsTaken() =>
        Assert.Contains("already a configuration item called \"Spine Core\"",
            ConfigurationItem.Create("Spine Core", "Application", new TestCmdb().Service, null, null, ["spine core"]).Outcome.Reason);

    [Theory]
    [InlineData("not an email")]
    [InlineData("ruth@")]
    [InlineData("@example.org")]
    public void CreatePerson_IsRefused_ForSomethingThatIsNotAnEmail(string email)
    {
        var outcome = Person.Create("Ruth Okafor", email, null, []).Outcome;

        Assert.Equal("email", outcome.Field);
        Assert.Contains("is not an email address", outcome.Reason);
    }

    [Fact]
    public void CreatePerson_IsRefused_WhenTheEmailIsSomeoneElses() =>
        Assert.Contains("Someone else already has the email", Person.Create("Ruth", "RUTH@example.org", null, ["ruth@example.org"]).Outcome.Reason);

    [Fact]
    public void AddMember_RefusesADuplicateAndARetiredPerson()
    {
        var cmdb = new TestCmdb();
        Assert.Contains("already a member", cmdb.SecondLine.AddMember(cmdb.Resolver).Reason);
        cmdb.SocAnalyst.Retire();
        Assert.Contains("retired", cmdb.SecondLine.AddMember(cmdb.SocAnalyst).Reason);
        Assert.Single(cmdb.SecondLine.Members);
    }

    [Fact]
    public void RemoveMember_RemovesAMember_AndRefusesSomeoneNotInTheGroup()
    {
        var cmdb = new TestCmdb();
        Assert.Contains("is not a member", cmdb.SecondLine.RemoveMember(cmdb.SocAnalyst).Reason);
        Assert.True(cmdb.SecondLine.RemoveMember(cmdb.Resolver).Succeeded);
        Assert.Empty(cmdb.SecondLine.Members);
    }

    [Fact]
    public void SecurityGroup_CannotBeTheSoc_NorBeRetired()
    {
        var cmdb = new TestCmdb();
        Assert.False(cmdb.Soc.MarkAsSecurityGroup().Succeeded);
        Assert.True(cmdb.ThirdLine.MarkAsSecurityGroup().Succeeded);
        Assert.Contains("mark another group", cmdb.ThirdLine.Retire().Reason);
        Assert.False(cmdb.ThirdLine.IsRetired);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void ReviseGroup_RefusesALineOutsideOneToThree(int line) =>
        Assert.Equal("line", new TestCmdb().SecondLine.Revise("2nd line Spine", line, null, []).Field);
}

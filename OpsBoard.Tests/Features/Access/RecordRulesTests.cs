using System.Security.Claims;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Access;

namespace OpsBoard.Tests.Features.Access;

public sealed class RecordRulesTests
{
    private static ClaimsPrincipal User(string role, params int[] groups) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), .. RecordRules.MemberOf(groups)], "Test"));

    [Theory]
    [InlineData(Roles.SocAnalyst)]
    [InlineData(Roles.ServiceManager)]
    [InlineData(Roles.MajorIncidentManager)]
    [InlineData(Roles.SecurityAnalyst)]
    [InlineData(Roles.Admin)]
    public void TheSocManagersSecurityAndAdmins_ActOnAnyRecord(string role) =>
        Assert.Null(RecordRules.Refusal(User(role), RecordAction.Resolve, 7, "2nd line Spine"));

    [Fact]
    public void AResolver_ActsOnTheRecordsOfTheirGroups_AndIsToldWhyNotOnOthers()
    {
        var resolver = User(Roles.Resolver, 3, 4);

        Assert.Null(RecordRules.Refusal(resolver, RecordAction.Acknowledge, 4, "2nd line NHS App"));
        Assert.Equal("Resolvers act on the records of their own groups, and this one is with 2nd line Spine; ask the SOC to assign it to your group.",
            RecordRules.Refusal(resolver, RecordAction.Acknowledge, 7, "2nd line Spine"));
        Assert.NotNull(RecordRules.Refusal(resolver, RecordAction.AddNote, null, null));
    }

    [Theory]
    [InlineData(Roles.SocAnalyst, false)]
    [InlineData(Roles.Resolver, false)]
    [InlineData(Roles.SecurityAnalyst, false)]
    [InlineData(Roles.ServiceManager, true)]
    [InlineData(Roles.MajorIncidentManager, true)]
    [InlineData(Roles.Admin, true)]
    public void OnlyManagers_DeclareAMajorIncident(string role, bool may) =>
        Assert.Equal(may, RecordRules.Refusal(User(role, 7), RecordAction.DeclareMajorIncident, 7, "2nd line Spine") is null);

    [Fact]
    public void AKiosk_ActsOnNothing() =>
        Assert.Equal("Your roles do not allow acting on records.", RecordRules.Refusal(User(KioskLinks.Role), RecordAction.AddNote, 7, "2nd line Spine"));
}

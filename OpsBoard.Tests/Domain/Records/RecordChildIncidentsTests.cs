using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordChildIncidentsTests
{
    private readonly TestCmdb cmdb = new();

    private Record Numbered(int number, RecordKind kind = RecordKind.Incident) =>
        Record.Open(cmdb.Details(kind), RecordNumber.Format(kind, number), PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

    private Record MajorIncident()
    {
        var record = Numbered(100);
        Assert.True(record.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);
        return record;
    }

    [Fact]
    public void LinkChild_WritesBothHistories_AndNamesTheParent()
    {
        var parent = MajorIncident();
        var child = Numbered(7);
        var at = cmdb.Tick();

        var linked = parent.LinkChild(child, "Duty manager", at);

        Assert.True(linked.Succeeded, linked.Reason);
        Assert.Same(parent, child.ParentMajorIncident);
        Assert.Equal((Record.ParentField, "Child of INC0000100", at), (child.History[^1].Field, child.History[^1].NewValue, child.UpdatedAt));
        Assert.Equal((Record.ChildField, "INC0000007 linked", at), (parent.History[^1].Field, parent.History[^1].NewValue, parent.UpdatedAt));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "not-major", "INC0000100 is not a major incident; declare it one first." },
        { "itself", "INC0000100 cannot be a child of itself." },
        { "request", "REQ0000007 is a service request; only incidents and events can be children of a major incident." },
        { "twice", "INC0000007 is already a child incident of INC0000100." },
        { "other-parent", "INC0000007 is already a child incident of INC0000200; unlink it there first." },
        { "cancelled", "INC0000007 is Cancelled; only open or resolved records can be linked." },
        { "major", "INC0000007 is a major incident itself; a major incident cannot be another's child." },
        { "parent-resolved", "INC0000100 is Resolved; child incidents are linked to an open major incident." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void LinkChild_IsRefused_AndChangesNothing(string case_, string reason)
    {
        var parent = case_ == "not-major" ? Numbered(100) : MajorIncident();
        var child = case_ switch
        {
            "itself" => parent,
            "request" => Numbered(7, RecordKind.ServiceRequest),
            _ => Numbered(7),
        };
        if (case_ == "twice") Assert.True(parent.LinkChild(child, "Duty manager", cmdb.Tick()).Succeeded);
        if (case_ == "other-parent")
        {
            var other = Numbered(200);
            Assert.True(other.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);
            Assert.True(other.LinkChild(child, "Duty manager", cmdb.Tick()).Succeeded);
        }
        if (case_ == "cancelled") Assert.True(child.Cancel("Duplicate", TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        if (case_ == "major") Assert.True(child.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);
        if (case_ == "parent-resolved")
        {
            Assert.True(parent.Acknowledge("Duty manager", cmdb.Tick()).Succeeded);
            Assert.True(parent.Resolve(ResolutionCode.Fixed, "Failed over", "Duty manager", cmdb.Tick()).Succeeded);
        }
        var (parentHistory, childHistory, parentOf) = (parent.History.Count, child.History.Count, child.ParentMajorIncident);

        var linked = parent.LinkChild(child, "Duty manager", cmdb.Tick());

        Assert.Equal(reason, linked.Reason);
        Assert.Equal((parentHistory, childHistory, parentOf), (parent.History.Count, child.History.Count, child.ParentMajorIncident));
    }

    [Fact]
    public void Declare_IsRefused_ForAChild()
    {
        var parent = MajorIncident();
        var child = Numbered(7);
        Assert.True(parent.LinkChild(child, "Duty manager", cmdb.Tick()).Succeeded);

        var declared = child.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick());

        Assert.Contains("is a child incident of INC0000100; unlink it there", declared.Reason);
        Assert.False(child.IsMajorIncident);
    }

    [Fact]
    public void UnlinkChild_FreesIt_WithTheReasonInBothHistories()
    {
        var parent = MajorIncident();
        var child = Numbered(7);
        Assert.True(parent.LinkChild(child, "Duty manager", cmdb.Tick()).Succeeded);

        var unlinked = parent.UnlinkChild(child, "  A different fault  ", "Duty manager", cmdb.Tick());

        Assert.True(unlinked.Succeeded, unlinked.Reason);
        Assert.Null(child.ParentMajorIncident);
        Assert.Equal("Unlinked: A different fault", child.History[^1].NewValue);
        Assert.Equal("INC0000007 unlinked: A different fault", parent.History[^1].NewValue);
        Assert.Equal("INC0000007 is not a child incident of INC0000100.", parent.UnlinkChild(child, null, "Duty manager", cmdb.Tick()).Reason);
    }

    [Theory]
    [InlineData(Status.New)]
    [InlineData(Status.Assigned)]
    [InlineData(Status.InProgress)]
    [InlineData(Status.Pending)]
    public void ResolveWithParent_ResolvesAnOpenChild_WithTheParentsResolution(Status status)
    {
        var parent = MajorIncident();
        var child = Numbered(7);
        if (status != Status.New) Assert.True(child.AssignTo(cmdb.SecondLine, null, TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        if (status is Status.InProgress or Status.Pending) Assert.True(child.Acknowledge(cmdb.Resolver.Name, cmdb.Tick()).Succeeded);
        if (status == Status.Pending) Assert.True(child.Pend(PendingReason.AwaitingSupplier, cmdb.Resolver.Name, cmdb.Tick()).Succeeded);
        Assert.True(parent.LinkChild(child, "Duty manager", cmdb.Tick()).Succeeded);
        Assert.Equal("INC0000100 is New; its children are resolved with it once it is Resolved.",
            child.ResolveWithParent(parent, "Duty manager", cmdb.Tick()).Reason);
        Assert.True(parent.Acknowledge("Duty manager", cmdb.Tick()).Succeeded);
        Assert.True(parent.Resolve(ResolutionCode.Workaround, "Failed over to the standby site", "Duty manager", cmdb.Tick()).Succeeded);

        var resolved = child.ResolveWithParent(parent, "Duty manager", cmdb.Tick());

        Assert.True(resolved.Succeeded, resolved.Reason);
        Assert.Equal((Status.Resolved, ResolutionCode.Workaround, "Resolved with major incident INC0000100: Failed over to the standby site", (PendingReason?)null),
            (child.Status, child.ResolutionCode, child.ResolutionNote, child.PendingReason));
        Assert.Equal(cmdb.Now, child.ResolvedAt);
        Assert.Equal("INC0000007 is already Resolved.", child.ResolveWithParent(parent, "Duty manager", cmdb.Tick()).Reason);
    }
}

using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordTests
{
    [Fact]
    public void Open_HeldBySocAsNew_WithPriorityFromMatrixAndHistory()
    {
        var cmdb = new TestCmdb();

        var record = Record.Open(cmdb.Details(impact: Impact.High, urgency: Urgency.High), "INC0000042", PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

        Assert.Equal("INC0000042", record.Number);
        Assert.Equal(Status.New, record.Status);
        Assert.Equal(Priority.P1, record.Priority);
        Assert.Same(cmdb.Soc, record.AssignmentGroup);
        Assert.Equal(1, record.SupportLine);
        Assert.Equal(cmdb.Now, record.OpenedAt);
        Assert.All(record.History, h => Assert.Equal((TestCmdb.Analyst, cmdb.Now), (h.By, h.At)));
        Assert.Contains(record.History, h => h.Field == "Status" && h.OldValue is null && h.NewValue == "New");
        Assert.Contains(record.History, h => h.Field == "Assignment group" && h.NewValue == "Service Operations Centre");
    }

    [Fact]
    public void Open_IsAssigned_WhenAutomationRoutesStraightToSecondLine()
    {
        var cmdb = new TestCmdb();

        var record = Record.Open(cmdb.Details(RecordKind.Event), "EVT0000001", PriorityMatrix.Default, cmdb.SecondLine, "Monitoring", cmdb.Now);

        Assert.Equal(Status.Assigned, record.Status);
        Assert.Equal(2, record.SupportLine);
    }

    [Fact]
    public void AssignTo_WritesEachChangedField_WithOldAndNewValues()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        var before = record.History.Count;
        var at = cmdb.Tick();

        record.AssignTo(cmdb.SecondLine, cmdb.Resolver, TestCmdb.Analyst, at);

        var written = record.History.Skip(before).ToList();
        Assert.Equal(
            [("Assignment group", "Service Operations Centre", "2nd line Spine"), ("Assignee", null, "Oliver Green"), ("Status", "New", "Assigned")],
            written.Select(h => (h.Field, h.OldValue, h.NewValue)).ToList());
        Assert.All(written, h => Assert.Equal(at, h.At));
        Assert.Equal(at, record.UpdatedAt);
    }

    [Fact]
    public void AssignTo_CountsReassignment_OnlyAfterLeavingTheSoc()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();

        record.AssignTo(cmdb.SecondLine, null, TestCmdb.Analyst, cmdb.Tick());
        Assert.Equal(0, record.ReassignmentCount);
        record.AssignTo(cmdb.ThirdLine, null, cmdb.Resolver.Name, cmdb.Tick());
        record.AssignTo(cmdb.SecondLine, null, cmdb.Resolver.Name, cmdb.Tick());

        Assert.Equal(2, record.ReassignmentCount);
        Assert.Equal(2, record.SupportLine);
    }

    [Fact]
    public void AssignTo_Refuses_WhenPersonIsNotInTheGroup()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();

        var outcome = record.AssignTo(cmdb.ThirdLine, cmdb.Resolver, TestCmdb.Analyst, cmdb.Tick());

        Assert.False(outcome.Succeeded);
        Assert.Equal("assignee", outcome.Field);
        Assert.Contains("not a member of 3rd line Platform", outcome.Reason);
        Assert.Same(cmdb.Soc, record.AssignmentGroup);
    }

    [Fact]
    public void AssignTo_KeepsInProgress_WhenOnlyThePersonChangesWithinTheGroup()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        var outcome = record.AssignTo(cmdb.SecondLine, cmdb.Resolver, cmdb.Resolver.Name, cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal(Status.InProgress, record.Status);
        Assert.Same(cmdb.Resolver, record.Assignee);
    }

    [Fact]
    public void AssignTo_Refuses_WhenNothingWouldChange()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.Assigned);

        var outcome = record.AssignTo(cmdb.SecondLine, null, TestCmdb.Analyst, cmdb.Tick());

        Assert.False(outcome.Succeeded);
        Assert.Equal("The record is already assigned to 2nd line Spine.", outcome.Reason);
    }

    [Fact]
    public void History_KeepsNotesAndResolution_InOrder()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);

        record.AddNote("Checked the MHS logs.", cmdb.Resolver.Name, cmdb.Tick());
        record.Resolve(ResolutionCode.Fixed, "Restarted the MHS.", cmdb.Resolver.Name, cmdb.Tick());

        var tail = record.History.TakeLast(4).Select(h => (h.Field, h.NewValue)).ToList();
        Assert.Equal([("Note", "Checked the MHS logs."), ("Status", "Resolved"), ("Resolution code", "Fixed"), ("Resolution note", "Restarted the MHS.")], tail);
        Assert.True(record.History.Zip(record.History.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Theory]
    [InlineData("", "title")]
    [InlineData("x", null)]
    public void Problems_NameTheField_WhenTitleIsMissing(string title, string? field)
    {
        var cmdb = new TestCmdb();
        var problems = (cmdb.Details() with { Title = title }).Problems();
        Assert.Equal(field is null ? [] : [field], problems.Keys.ToList());
    }

    [Fact]
    public void Problems_Refuse_CiFromAnotherService()
    {
        var cmdb = new TestCmdb();
        var other = new OpsBoard.Domain.Cmdb.Service("NHS App", "App", null, null);
        var foreignItem = new OpsBoard.Domain.Cmdb.ConfigurationItem("NHS App iOS", "Mobile app", other, null);
        // Unsaved entities all have id 0, so give the other service a distinct id the way the database would.
        typeof(OpsBoard.Domain.Cmdb.ConfigurationItem).GetProperty("ServiceId")!.SetValue(foreignItem, 99);

        var problems = (cmdb.Details() with { ConfigurationItem = foreignItem }).Problems();

        Assert.Contains("configurationItem", problems.Keys);
    }

    [Fact]
    public void Problems_RequireCaller_ForIncidentsButNotEvents()
    {
        var cmdb = new TestCmdb();
        Assert.Contains("caller", (cmdb.Details() with { Caller = " " }).Problems().Keys);
        Assert.Empty(cmdb.Details(RecordKind.Event).Problems());
    }

    [Theory]
    [InlineData(RecordKind.Incident, 1, "INC0000001")]
    [InlineData(RecordKind.ServiceRequest, 42, "REQ0000042")]
    [InlineData(RecordKind.Event, 1234567, "EVT1234567")]
    public void Format_GivesPrefixAndSevenDigits(RecordKind kind, long sequence, string expected) =>
        Assert.Equal(expected, RecordNumber.Format(kind, sequence));
}

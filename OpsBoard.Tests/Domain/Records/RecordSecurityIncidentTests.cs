using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordSecurityIncidentTests
{
    [Theory]
    [InlineData(RecordKind.Incident)]
    [InlineData(RecordKind.Event)]
    public void Open_WithTheCategorySecurity_FlagsTheRecord_AndSaysSoInTheHistory(RecordKind kind)
    {
        var cmdb = new TestCmdb();

        var record = Record.Open(cmdb.Details(kind) with { Category = Categories.Security }, RecordNumber.Format(kind, 1), PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

        Assert.True(record.IsSecurityIncident);
        var entry = Assert.Single(record.History, h => h.Field == Record.SecurityIncidentField);
        Assert.Equal((TestCmdb.Analyst, cmdb.Now, (string?)null), (entry.By, entry.At, entry.OldValue));
        Assert.StartsWith("Flagged: opened with the category Security", entry.NewValue);
    }

    [Fact]
    public void Open_WithTheFlag_FlagsARecordOfAnotherCategory()
    {
        var cmdb = new TestCmdb();

        var record = Record.Open(cmdb.Details() with { SecurityIncident = true }, "INC0000001", PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

        Assert.True(record.IsSecurityIncident);
        Assert.Equal(Categories.Incident[0], record.Category);
        Assert.StartsWith("Flagged: opened as a security incident", Assert.Single(record.History, h => h.Field == Record.SecurityIncidentField).NewValue);
    }

    [Fact]
    public void Open_WithoutEither_IsAnOrdinaryRecord()
    {
        var record = new TestCmdb().Open();

        Assert.False(record.IsSecurityIncident);
        Assert.DoesNotContain(record.History, h => h.Field == Record.SecurityIncidentField);
    }

    [Fact]
    public void ServiceRequest_CannotBeFlagged()
    {
        var details = new TestCmdb().Details(RecordKind.ServiceRequest) with { SecurityIncident = true };

        Assert.Contains("cannot be a security incident", details.Problems()["securityIncident"]);
    }

    [Fact]
    public void Reclassify_ToSecurity_FlagsTheRecord_WithItsHistoryLine_AndKeepsThePriority()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var priority = record.Priority;
        var at = cmdb.Tick();

        var reclassified = record.Reclassify(record.Impact, record.Urgency, PriorityMatrix.Default, "Sam Security", at, Categories.Security);

        Assert.True(reclassified.Succeeded, reclassified.Reason);
        Assert.True(record.IsSecurityIncident);
        Assert.Equal((Categories.Security, priority), (record.Category, record.Priority));
        var category = Assert.Single(record.History, h => h.Field == "Category");
        Assert.Equal((Categories.Incident[0], Categories.Security), (category.OldValue, category.NewValue));
        var flagged = Assert.Single(record.History, h => h.Field == Record.SecurityIncidentField);
        Assert.Equal(("Sam Security", at), (flagged.By, flagged.At));
        Assert.StartsWith("Flagged: reclassified with the category Security", flagged.NewValue);
    }

    [Fact]
    public void Flag_StaysSet_WhenReclassifiedAwayFromSecurity()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.Assigned);
        Assert.True(record.Reclassify(record.Impact, record.Urgency, PriorityMatrix.Default, "SOC", cmdb.Tick(), Categories.Security).Succeeded);

        var back = record.Reclassify(record.Impact, record.Urgency, PriorityMatrix.Default, "SOC", cmdb.Tick(), Categories.Incident[1]);

        Assert.True(back.Succeeded, back.Reason);
        Assert.Equal(Categories.Incident[1], record.Category);
        Assert.True(record.IsSecurityIncident);
        Assert.Single(record.History, h => h.Field == Record.SecurityIncidentField);
    }

    [Fact]
    public void Reclassify_ToACategoryOfAnotherKind_IsRefused_AndChangesNothing()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        var (history, category) = (record.History.Count, record.Category);

        var refused = record.Reclassify(record.Impact, record.Urgency, PriorityMatrix.Default, "SOC", cmdb.Tick(), Categories.ServiceRequest[0]);

        Assert.False(refused.Succeeded);
        Assert.Equal("category", refused.Field);
        Assert.Equal((history, category, false), (record.History.Count, record.Category, record.IsSecurityIncident));
    }
}

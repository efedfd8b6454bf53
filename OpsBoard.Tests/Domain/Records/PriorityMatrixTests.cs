using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData(Impact.High, Urgency.High, Priority.P1)]
    [InlineData(Impact.High, Urgency.Medium, Priority.P2)]
    [InlineData(Impact.High, Urgency.Low, Priority.P3)]
    [InlineData(Impact.Medium, Urgency.High, Priority.P2)]
    [InlineData(Impact.Medium, Urgency.Medium, Priority.P3)]
    [InlineData(Impact.Medium, Urgency.Low, Priority.P4)]
    [InlineData(Impact.Low, Urgency.High, Priority.P3)]
    [InlineData(Impact.Low, Urgency.Medium, Priority.P4)]
    [InlineData(Impact.Low, Urgency.Low, Priority.P5)]
    public void For_ReturnsProcessDefault_ForEveryCell(Impact impact, Urgency urgency, Priority expected) =>
        Assert.Equal(expected, PriorityMatrix.Default.For(impact, urgency));

    [Fact]
    public void Constructor_Refuses_WhenACellIsMissing()
    {
        var cells = PriorityMatrix.DefaultCells.Where(c => !(c.Impact == Impact.Low && c.Urgency == Urgency.Low));
        var error = Assert.Throws<ArgumentException>(() => new PriorityMatrix(cells));
        Assert.Contains("Low impact x Low urgency", error.Message);
    }

    [Fact]
    public void For_UsesAdministratorsMatrix_WhenCellsDiffer()
    {
        var cells = PriorityMatrix.DefaultCells.Select(c => c.Impact == Impact.Medium && c.Urgency == Urgency.Medium ? c with { Priority = Priority.P2 } : c);
        Assert.Equal(Priority.P2, new PriorityMatrix(cells).For(Impact.Medium, Urgency.Medium));
    }

    [Fact]
    public void Reclassify_FollowsMatrix_AndEndsOverride()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        Assert.True(record.OverridePriority(Priority.P1, "Ward outage reported by the CCIO", TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        Assert.True(record.PriorityOverridden);

        var outcome = record.Reclassify(Impact.Low, Urgency.Low, PriorityMatrix.Default, TestCmdb.Analyst, cmdb.Tick());

        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Equal(Priority.P5, record.Priority);
        Assert.False(record.PriorityOverridden);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void OverridePriority_IsRefused_WithoutReason(string? reason)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();
        var historyBefore = record.History.Count;

        var outcome = record.OverridePriority(Priority.P1, reason, TestCmdb.Analyst, cmdb.Tick());

        Assert.False(outcome.Succeeded);
        Assert.Equal("reason", outcome.Field);
        Assert.Equal(Priority.P3, record.Priority);
        Assert.Equal(historyBefore, record.History.Count);
    }

    [Fact]
    public void OverridePriority_RecordsReasonAndChange_InHistory()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.Open();

        record.OverridePriority(Priority.P2, "Affects all A&E departments", TestCmdb.Analyst, cmdb.Tick());

        Assert.Contains(record.History, h => h.Field == "Priority override reason" && h.NewValue == "Affects all A&E departments");
        Assert.Contains(record.History, h => h.Field == "Priority" && h.OldValue == "P3" && h.NewValue == "P2");
    }
}

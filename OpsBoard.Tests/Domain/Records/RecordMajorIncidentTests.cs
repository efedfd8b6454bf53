using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordMajorIncidentTests
{
    [Fact]
    public void Declare_NamesTheManager_WritesTheHistory_AndTakesTheActionAway()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        Assert.Contains(RecordAction.DeclareMajorIncident, record.AllowedActions);
        var at = cmdb.Tick();

        var declared = record.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, "  Spine down for every trust  ", "Duty manager", at);

        Assert.True(declared.Succeeded, declared.Reason);
        Assert.Equal((at, cmdb.Resolver), (record.MajorIncidentDeclaredAt, record.MajorIncidentManager));
        Assert.True(record.IsOpenMajorIncident);
        var entry = record.History[^1];
        Assert.Equal((Record.MajorIncidentField, (string?)null, "Declared; major incident manager Oliver Green; updates due every 30 minutes: Spine down for every trust", "Duty manager", at),
            (entry.Field, entry.OldValue, entry.NewValue, entry.By, entry.At));
        Assert.Equal(at, record.UpdatedAt);
        Assert.DoesNotContain(RecordAction.DeclareMajorIncident, record.AllowedActions);
    }

    [Fact]
    public void DeclareTwice_IsRefused_AndChangesNothing()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.Assigned);
        Assert.True(record.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);
        var (history, updated) = (record.History.Count, record.UpdatedAt);

        var again = record.DeclareMajorIncident(cmdb.SocAnalyst, Record.DefaultUpdateInterval, null, "Someone else", cmdb.Tick());

        Assert.False(again.Succeeded);
        Assert.Contains("already a major incident, run by Oliver Green", again.Reason);
        Assert.Equal((history, updated, cmdb.Resolver), (record.History.Count, record.UpdatedAt, record.MajorIncidentManager));
    }

    [Theory]
    [InlineData(Status.Resolved)]
    [InlineData(Status.Closed)]
    [InlineData(Status.Cancelled)]
    public void Declare_OnARecordNoLongerOpen_IsRefused(Status status)
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(status);
        var history = record.History.Count;

        var declared = record.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick());

        Assert.False(declared.Succeeded);
        Assert.Null(record.MajorIncidentDeclaredAt);
        Assert.Equal(history, record.History.Count);
    }

    [Fact]
    public void ResolvedMajorIncident_StaysDeclared_ButIsNoLongerOpen_AndReopeningBringsItBack()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.InProgress);
        Assert.True(record.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);

        Assert.True(record.Resolve(ResolutionCode.Fixed, "Failed over", cmdb.Resolver.Name, cmdb.Tick()).Succeeded);
        Assert.True(record.IsMajorIncident);
        Assert.False(record.IsOpenMajorIncident);

        Assert.True(record.Reopen("Down again", TestCmdb.Analyst, cmdb.Tick()).Succeeded);
        Assert.True(record.IsOpenMajorIncident);
    }

    [Fact]
    public void Declare_RefusesANoteOverTheLimit()
    {
        var cmdb = new TestCmdb();
        var record = cmdb.InStatus(Status.New);

        var declared = record.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, new string('x', RecordDetails.MaxTextLength + 1), "Duty manager", cmdb.Tick());

        Assert.Equal((false, "note"), (declared.Succeeded, declared.Field));
        Assert.False(record.IsMajorIncident);
    }
}

using OpsBoard.Domain.Problems;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Records;

public sealed class RecordHandOverTests
{
    private readonly TestCmdb cmdb = new();

    private Record Numbered(int number) =>
        Record.Open(cmdb.Details(), RecordNumber.Format(RecordKind.Incident, number), PriorityMatrix.Default, cmdb.Soc, TestCmdb.Analyst, cmdb.Now);

    private Problem NewProblem(int number) => Problem.Open("Spine message handler leaks memory", null, cmdb.Resolver, Problem.FormatNumber(number), "Duty manager", cmdb.Now);

    [Fact]
    public void HandOver_LinksTheMajorIncidentAndItsChildrenWithoutAProblem_AndSaysSoOnTheTimeline()
    {
        var parent = Numbered(100);
        Assert.True(parent.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);
        var (free, taken) = (Numbered(7), Numbered(8));
        Assert.True(parent.LinkChild(free, "Duty manager", cmdb.Tick()).Succeeded);
        Assert.True(parent.LinkChild(taken, "Duty manager", cmdb.Tick()).Succeeded);
        var other = NewProblem(1);
        Assert.True(taken.LinkProblem(other, "Resolver", cmdb.Tick()).Succeeded);
        var problem = NewProblem(2);

        var handedOver = parent.HandOverToProblem(problem, [free, taken], "Duty manager", cmdb.Tick());

        Assert.True(handedOver.Succeeded, handedOver.Reason);
        Assert.Equal((problem, problem, other), (parent.Problem, free.Problem, taken.Problem));
        Assert.Equal((Record.HandOverField, "to problem management: PRB0000002"), (parent.History[^1].Field, parent.History[^1].NewValue));
    }

    [Fact]
    public void HandOver_IsRefused_ForARecordThatIsNoMajorIncident_OrIsLinkedToAnotherProblem()
    {
        var plain = Numbered(5);
        Assert.Equal("INC0000005 is not a major incident; link it to a problem instead.", plain.HandOverToProblem(NewProblem(1), [], "Duty manager", cmdb.Tick()).Reason);

        var parent = Numbered(100);
        Assert.True(parent.DeclareMajorIncident(cmdb.Resolver, Record.DefaultUpdateInterval, null, "Duty manager", cmdb.Tick()).Succeeded);
        Assert.True(parent.LinkProblem(NewProblem(1), "Duty manager", cmdb.Tick()).Succeeded);
        var history = parent.History.Count;

        Assert.Contains("is already linked to PRB0000001", parent.CanHandOver(problemId: null).Reason);
        Assert.Contains("already linked to PRB0000001", parent.HandOverToProblem(NewProblem(2), [], "Duty manager", cmdb.Tick()).Reason);
        Assert.Equal(history, parent.History.Count);
    }
}

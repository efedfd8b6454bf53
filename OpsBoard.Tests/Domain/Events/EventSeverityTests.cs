using OpsBoard.Domain.Events;
using OpsBoard.Domain.Records;

namespace OpsBoard.Tests.Domain.Events;

public sealed class EventSeverityTests
{
    [Theory]
    [InlineData("critical", EventSeverity.Critical)]
    [InlineData("error", EventSeverity.Error)]
    [InlineData("warning", EventSeverity.Warning)]
    [InlineData("info", EventSeverity.Info)]
    public void Parse_ReadsPagerDutysWords(string text, EventSeverity expected) =>
        Assert.Equal(expected, EventSeverities.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Critical")]
    [InlineData("CRITICAL")]
    [InlineData(" critical")]
    [InlineData("fatal")]
    [InlineData("1")]
    public void Parse_ReturnsNull_ForAnythingElse(string? text) =>
        Assert.Null(EventSeverities.Parse(text));

    [Theory]
    [InlineData(EventSeverity.Critical, Impact.High, Urgency.High, Priority.P1)]
    [InlineData(EventSeverity.Error, Impact.High, Urgency.Medium, Priority.P2)]
    [InlineData(EventSeverity.Warning, Impact.Medium, Urgency.Medium, Priority.P3)]
    [InlineData(EventSeverity.Info, Impact.Low, Urgency.Low, Priority.P5)]
    public void PriorityIn_FollowsDefaultMatrix(EventSeverity severity, Impact impact, Urgency urgency, Priority priority)
    {
        Assert.Equal((impact, urgency), (severity.ToImpact(), severity.ToUrgency()));
        Assert.Equal(priority, severity.PriorityIn(PriorityMatrix.Default));
    }

    [Fact]
    public void PriorityIn_UsesTheAdministratorsMatrix()
    {
        var matrix = new PriorityMatrix(PriorityMatrix.DefaultCells.Select(c => c.Impact == Impact.Low && c.Urgency == Urgency.Low ? c with { Priority = Priority.P4 } : c));

        Assert.Equal(Priority.P4, EventSeverity.Info.PriorityIn(matrix));
    }
}

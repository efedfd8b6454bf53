using OpsBoard.Domain.Problems;

namespace OpsBoard.Domain.Records;

/// <summary>
/// PROCESS.md: a major incident hands over to the problem record that takes it over, for the root cause. The major
/// incident links to the problem (or keeps the link it has to it), its timeline says so, and its children without a
/// problem of their own follow it.
/// </summary>
public sealed partial class Record
{
    public const string HandOverField = "Handed over";

    public Outcome HandOverToProblem(Problem problem, IReadOnlyList<Record> children, string by, DateTimeOffset now)
    {
        if (CanHandOver(problem.Id == 0 ? null : problem.Id) is { Succeeded: false } refused) return refused;
        if (!IsLinkedTo(problem))
        {
            var linked = LinkProblem(problem, by, now);
            if (!linked.Succeeded) return linked;
        }
        Write(by, now, HandOverField, null, $"to problem management: {problem.Number}");
        foreach (var child in children.Where(c => IsChild(c) && c.ProblemId is null && c.Problem is null)) child.LinkProblem(problem, by, now);
        return Outcome.Done;
    }

    /// <summary>Whether a hand-over to the problem with <paramref name="problemId"/> (null: one not opened yet) would be refused, before a new problem is opened for it.</summary>
    public Outcome CanHandOver(long? problemId)
    {
        if (!IsMajorIncident) return Outcome.Refused($"{Number} is not a major incident; link it to a problem instead.", "action");
        if (Status == Status.Cancelled) return Outcome.Refused($"{Number} was cancelled; there is nothing to hand over.", "action");
        var linked = ProblemId is not null || Problem is not null;
        var same = problemId is { } id && (ProblemId == id || Problem?.Id == id);
        return linked && !same
            ? Outcome.Refused($"{Number} is already linked to {Problem?.Number ?? "another problem"}; hand it over to that problem, or unlink it first.", "problemNumber")
            : Outcome.Done;
    }
}

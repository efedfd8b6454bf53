using OpsBoard.Domain.Records;
using OpsBoard.Domain.Problems;
using OpsBoard.Tests.Domain.Records;

namespace OpsBoard.Tests.Domain.Problems;

public sealed class ProblemTests
{
    // The lifecycle written out independently of ProblemMachine: (from, action) -> resulting status.
    private static readonly Dictionary<(ProblemStatus, ProblemAction), ProblemStatus> Expected = new()
    {
        [(ProblemStatus.New, ProblemAction.Investigate)] = ProblemStatus.Investigating,
        [(ProblemStatus.New, ProblemAction.RecordKnownError)] = ProblemStatus.KnownError,
        [(ProblemStatus.Investigating, ProblemAction.RecordKnownError)] = ProblemStatus.KnownError,
        [(ProblemStatus.Investigating, ProblemAction.Resolve)] = ProblemStatus.Resolved,
        [(ProblemStatus.KnownError, ProblemAction.Resolve)] = ProblemStatus.Resolved,
        [(ProblemStatus.Resolved, ProblemAction.Investigate)] = ProblemStatus.Investigating,
        [(ProblemStatus.Resolved, ProblemAction.Close)] = ProblemStatus.Closed,
    };

    public static TheoryData<ProblemStatus, ProblemAction> EveryStatusAndAction()
    {
        var data = new TheoryData<ProblemStatus, ProblemAction>();
        foreach (var status in Enum.GetValues<ProblemStatus>())
        {
            foreach (var action in Enum.GetValues<ProblemAction>()) data.Add(status, action);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Action_FollowsLifecycle_FromEveryStatus(ProblemStatus from, ProblemAction action)
    {
        var cmdb = new TestCmdb();
        var problem = InStatus(cmdb, from);
        var historyBefore = problem.History.Count;

        var outcome = Apply(problem, action, cmdb);

        if (Expected.TryGetValue((from, action), out var to))
        {
            Assert.True(outcome.Succeeded, outcome.Reason);
            Assert.Equal(to, problem.Status);
            Assert.Contains(problem.History.Skip(historyBefore), h => h.Field == "Status" && h.NewValue == ProblemMachine.Describe(to));
        }
        else
        {
            Assert.False(outcome.Succeeded);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
            Assert.Equal(from, problem.Status);
            Assert.Equal(historyBefore, problem.History.Count);
            Assert.DoesNotContain(action, ProblemMachine.AllowedActions(from));
        }
    }

    [Theory]
    [InlineData(ProblemStatus.New, ProblemAction.Close, "Only a Resolved problem can be closed; this problem is New: resolve it first.")]
    [InlineData(ProblemStatus.New, ProblemAction.Resolve, "Investigate the problem (or record it as a known error) before resolving it.")]
    [InlineData(ProblemStatus.Closed, ProblemAction.Investigate, "A Closed problem cannot be changed; raise a new problem if the cause has come back.")]
    [InlineData(ProblemStatus.KnownError, ProblemAction.RecordKnownError, "The problem is already a known error; its workaround is recorded.")]
    public void Check_ExplainsRefusal_InWordsAPersonUnderstands(ProblemStatus status, ProblemAction action, string reason) =>
        Assert.Equal(reason, ProblemMachine.Check(status, action).Reason);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void RecordKnownError_NeedsWorkaround(string? workaround)
    {
        var cmdb = new TestCmdb();
        var problem = InStatus(cmdb, ProblemStatus.Investigating);
        var before = problem.History.Count;

        var outcome = problem.RecordKnownError(workaround, TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal("workaround", outcome.Field);
        Assert.Equal(ProblemStatus.Investigating, problem.Status);
        Assert.Null(problem.KnownErrorAt);
        Assert.Equal(before, problem.History.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Resolve_NeedsNote(string? note)
    {
        var cmdb = new TestCmdb();
        var problem = InStatus(cmdb, ProblemStatus.KnownError);

        var outcome = problem.Resolve(note, TestCmdb.Analyst, cmdb.Tick());

        Assert.Equal("note", outcome.Field);
        Assert.Equal(ProblemStatus.KnownError, problem.Status);
    }

    [Fact]
    public void Lifecycle_RecordsDatesAndTexts()
    {
        var cmdb = new TestCmdb();
        var problem = Open(cmdb);
        problem.Investigate(TestCmdb.Analyst, cmdb.Tick());
        var known = cmdb.Tick();
        problem.RecordKnownError("Restart the message handler.", TestCmdb.Analyst, known);
        var resolved = cmdb.Tick();
        problem.Resolve("Patched the handler's memory leak.", TestCmdb.Analyst, resolved);
        var closed = cmdb.Tick();
        problem.Close(TestCmdb.Analyst, closed);

        Assert.Equal((known, resolved, closed), (problem.KnownErrorAt, problem.ResolvedAt, problem.ClosedAt));
        Assert.Equal("Restart the message handler.", problem.Workaround);
        Assert.Equal("Patched the handler's memory leak.", problem.ResolutionNote);
        Assert.Equal(["New", "Investigating", "Known error", "Resolved", "Closed"], problem.History.Where(h => h.Field == "Status").Select(h => h.NewValue));
    }

    [Theory]
    [InlineData(null, "title")]
    [InlineData(" ", "title")]
    public void Problems_NameTheFieldAtFault(string? title, string field) =>
        Assert.Contains(field, Problem.Problems(title, null).Keys);

    public static Problem Open(TestCmdb cmdb) =>
        Problem.Open("Spine handler leaks memory", "Handlers die after a week", cmdb.Resolver, Problem.FormatNumber(1), TestCmdb.Analyst, cmdb.Now);

    /// <summary>A problem walked to the given status through the real methods.</summary>
    public static Problem InStatus(TestCmdb cmdb, ProblemStatus status)
    {
        var problem = Open(cmdb);
        if (status == ProblemStatus.New) return problem;
        Must(problem.Investigate(TestCmdb.Analyst, cmdb.Tick()));
        if (status == ProblemStatus.Investigating) return problem;
        Must(problem.RecordKnownError("Restart the handler.", TestCmdb.Analyst, cmdb.Tick()));
        if (status == ProblemStatus.KnownError) return problem;
        Must(problem.Resolve("Fixed the leak.", TestCmdb.Analyst, cmdb.Tick()));
        if (status == ProblemStatus.Resolved) return problem;
        Must(problem.Close(TestCmdb.Analyst, cmdb.Tick()));
        return problem;
    }

    private static Outcome Apply(Problem problem, ProblemAction action, TestCmdb cmdb) => action switch
    {
        ProblemAction.Investigate => problem.Investigate(TestCmdb.Analyst, cmdb.Tick()),
        ProblemAction.RecordKnownError => problem.RecordKnownError("Fail over to the standby.", TestCmdb.Analyst, cmdb.Tick()),
        ProblemAction.Resolve => problem.Resolve("Replaced the faulty library.", TestCmdb.Analyst, cmdb.Tick()),
        ProblemAction.Close => problem.Close(TestCmdb.Analyst, cmdb.Tick()),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static void Must(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.Reason);
}

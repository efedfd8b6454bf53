using OpsBoard.Domain.Records;

namespace OpsBoard.Domain.Problems;

/// <summary>
/// The problem lifecycle: New -> Investigating -> KnownError -> Resolved -> Closed. A cause may be known at once
/// (New -> KnownError), a fix may come before any workaround (Investigating -> Resolved), and a Resolved problem whose
/// fix did not hold goes back to Investigating. Anything else is refused with a sentence.
/// </summary>
public static class ProblemMachine
{
    private static readonly IReadOnlyDictionary<ProblemStatus, ProblemAction[]> Allowed = new Dictionary<ProblemStatus, ProblemAction[]>
    {
        [ProblemStatus.New] = [ProblemAction.Investigate, ProblemAction.RecordKnownError],
        [ProblemStatus.Investigating] = [ProblemAction.RecordKnownError, ProblemAction.Resolve],
        [ProblemStatus.KnownError] = [ProblemAction.Resolve],
        [ProblemStatus.Resolved] = [ProblemAction.Investigate, ProblemAction.Close],
        [ProblemStatus.Closed] = [],
    };

    public static bool IsOpen(this ProblemStatus status) => status is not ProblemStatus.Closed;

    public static IReadOnlyList<ProblemAction> AllowedActions(ProblemStatus status) => Allowed[status];

    public static Outcome Check(ProblemStatus status, ProblemAction action) =>
        Allowed[status].Contains(action) ? Outcome.Done : Outcome.Refused(RefusalReason(status, action), "status");

    private static string RefusalReason(ProblemStatus status, ProblemAction action) => (status, action) switch
    {
        (ProblemStatus.Closed, _) => "A Closed problem cannot be changed; raise a new problem if the cause has come back.",
        (ProblemStatus.Investigating, ProblemAction.Investigate) => "The problem is already being investigated.",
        (ProblemStatus.KnownError, ProblemAction.RecordKnownError) => "The problem is already a known error; its workaround is recorded.",
        (ProblemStatus.KnownError, ProblemAction.Investigate) => "A known error is investigated already; resolve it once the permanent fix is in.",
        (ProblemStatus.Resolved, ProblemAction.Resolve) => "The problem is already Resolved.",
        (ProblemStatus.Resolved, ProblemAction.RecordKnownError) => "A Resolved problem must go back to Investigating before it can become a known error.",
        (_, ProblemAction.Close) => $"Only a Resolved problem can be closed; this problem is {Describe(status)}: resolve it first.",
        (ProblemStatus.New, ProblemAction.Resolve) => "Investigate the problem (or record it as a known error) before resolving it.",
        _ => $"You cannot {Verb(action)} a problem that is {Describe(status)}.",
    };

    public static string Describe(ProblemStatus status) => status switch
    {
        ProblemStatus.KnownError => "Known error",
        _ => status.ToString(),
    };

    public static string Verb(ProblemAction action) => action switch
    {
        ProblemAction.RecordKnownError => "record a known error on",
        _ => action.ToString().ToLowerInvariant(),
    };
}

using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpsBoard.Domain.Ola;
using OpsBoard.Domain.Records;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Features.Admin;

public sealed partial class OlaPolicyDialog
{
    // Problems shown beside a field; any other goes in the summary at the top.
    private static readonly HashSet<string> FieldKeys =
        ["supportGroupId", "priority", "response", "resolution", "calendarName", "watchPercent", "jeopardyPercent", "breachedPercent", "stopClockReasons"];

    private Dictionary<string, string> problems = [];
    private int groupId;
    private Priority priority = Priority.P3;
    private string? response;
    private string? resolution;
    private string calendar = OlaPolicy.WorkingHours;
    private int watch;
    private int jeopardy;
    private int breached;
    private HashSet<PendingReason> reasons = [];
    private bool saving;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired] public OlaPolicyList List { get; set; } = default!;

    /// <summary>The policy to edit; null to add a group override.</summary>
    [Parameter] public OlaPolicyView? Existing { get; set; }

    [Inject] private OlaPolicyAdmin Admin { get; set; } = default!;

    [Inject] private Actor Actor { get; set; } = default!;

    private IEnumerable<string> OtherProblems => problems.Where(p => !FieldKeys.Contains(p.Key)).Select(p => p.Value);

    protected override void OnInitialized()
    {
        if (Existing is not null) priority = Existing.Policy.Priority;
        Fill(Existing?.Policy ?? List.InForce(null, priority)?.Policy);
    }

    private void Fill(OlaPolicy? policy)
    {
        if (policy is null) return;
        response = DurationText.Format(policy.Response);
        resolution = DurationText.Format(policy.Resolution);
        calendar = policy.CalendarName;
        (watch, jeopardy, breached) = (policy.Thresholds.WatchPercent, policy.Thresholds.JeopardyPercent, policy.Thresholds.BreachedPercent);
        reasons = [.. policy.StopClockReasons];
    }

    private bool HasOverride(Priority option) =>
        groupId != 0 && List.Policies.Any(p => p.Policy.SupportGroupId == groupId && p.Policy.Priority == option);

    private void GroupChanged(int id)
    {
        groupId = id;
        Clear("supportGroupId", "priority");
    }

    // A new override starts from the default for its priority.
    private void PriorityChanged(Priority chosen)
    {
        priority = chosen;
        Fill(List.InForce(null, chosen)?.Policy);
        problems = [];
    }

    private void Toggle(PendingReason reason, bool on)
    {
        if (on) reasons.Add(reason);
        else reasons.Remove(reason);
        Clear("stopClockReasons");
    }

    private string GroupName(int id) => List.Groups.FirstOrDefault(g => g.Id == id)?.Name ?? string.Empty;

    private bool Has(string key) => problems.ContainsKey(key);

    private string? Problem(string key) => problems.GetValueOrDefault(key);

    private void Clear(params string[] keys)
    {
        foreach (var key in keys) problems.Remove(key);
    }

    private async Task SaveAsync()
    {
        var found = new Dictionary<string, string>();
        if (!DurationText.TryParse(response, out var responseTarget, out var responseProblem)) found["response"] = responseProblem!;
        if (!DurationText.TryParse(resolution, out var resolutionTarget, out var resolutionProblem)) found["resolution"] = resolutionProblem!;
        if (found.Count > 0)
        {
            problems = found;
            return;
        }
        var policy = new OlaPolicy(Existing?.Policy.SupportGroupId ?? (groupId == 0 ? null : groupId), Existing?.Policy.Priority ?? priority,
            responseTarget, resolutionTarget, calendar, new JeopardyThresholds(watch, jeopardy, breached), reasons.ToHashSet());
        saving = true;
        try
        {
            var result = Existing is null
                ? await Admin.CreateAsync(policy, Actor.Name)
                : await Admin.UpdateAsync(Existing.Id, policy, Actor.Name);
            if (result.Succeeded) Dialog.Close(DialogResult.Ok(result));
            else problems = new Dictionary<string, string>(result.Problems);
        }
        finally
        {
            saving = false;
        }
    }
}
